<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ms::gui::MainWindow</name>
    <message numerus="yes">
        <source>Imported %Ln models from %1</source>
        <translation>
            <numerusform>Imported %Ln model from %1</numerusform>
            <numerusform>Imported %Ln models from %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln records were skipped; the list below says why.</source>
        <translation>
            <numerusform>%Ln record was skipped; the list below says why.</numerusform>
            <numerusform>%Ln records were skipped; the list below says why.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ms::gui::RankingTableModel</name>
    <message numerus="yes">
        <source>%n fact(s) older than %1 months; check them at their source:</source>
        <translation>
            <numerusform>%n fact older than %1 months; check it at its source:</numerusform>
            <numerusform>%n facts older than %1 months; check them at their source:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: as of %2, %n month(s) old</source>
        <translation>
            <numerusform>%1: as of %2, %n month old</numerusform>
            <numerusform>%1: as of %2, %n months old</numerusform>
        </translation>
    </message>
</context>
</TS>
