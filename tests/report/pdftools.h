// SPDX-License-Identifier: MIT
// poppler-utils from the report tests: text (pdftotext), fonts (pdffonts), images
// (pdfimages) and page facts (pdfinfo), run as processes.
#pragma once

#include <QProcess>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace ms::test {

/** The output of a tool, or why it could not run. */
struct ToolResult {
    bool ok = false;
    QString output;
    QString problem;
};

inline ToolResult runTool(const QString& program, const QStringList& arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForStarted(10000))
        return {false, {},
                program + QStringLiteral(" could not be started (") + process.errorString()
                    + QStringLiteral("); install poppler-utils, which the project's setup provides")};
    if (!process.waitForFinished(120000))
        return {false, {}, program + QStringLiteral(" did not finish within 120 s")};
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return {false, {},
                program + QStringLiteral(" failed with exit code ") + QString::number(process.exitCode())
                    + QStringLiteral(": ") + QString::fromUtf8(process.readAllStandardError())};
    return {true, QString::fromUtf8(process.readAllStandardOutput()), {}};
}

/** pdftotext -layout of `pdf` as UTF-8; pages are separated by form feeds. */
inline ToolResult pdfText(const QString& pdf)
{
    return runTool(QStringLiteral("pdftotext"),
                   {QStringLiteral("-layout"), QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf,
                    QStringLiteral("-")});
}

/** pdftotext -raw of `pdf`: the text in the order it was drawn (each table cell whole,
 *  line after line), for checks that a cell's text is exactly what the catalog says. */
inline ToolResult pdfRawText(const QString& pdf)
{
    return runTool(QStringLiteral("pdftotext"),
                   {QStringLiteral("-raw"), QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
}

/** The text with every run of white space made one space (lines joined). */
inline QString flat(const QString& text)
{
    return text.simplified();
}

/** A value of pdfinfo ("Pages", "Page size"), or an empty string. */
inline QString pdfInfo(const QString& pdf, const QString& key)
{
    const ToolResult info = runTool(QStringLiteral("pdfinfo"), {pdf});
    if (!info.ok)
        return {};
    for (const QString& line : info.output.split(QLatin1Char('\n'))) {
        if (line.startsWith(key + QLatin1Char(':')))
            return line.mid(key.size() + 1).trimmed();
    }
    return {};
}

inline int pageCount(const QString& pdf)
{
    bool ok = false;
    const int pages = pdfInfo(pdf, QStringLiteral("Pages")).toInt(&ok);
    return ok ? pages : -1;
}

/** The rows of pdfimages -list below its two header lines: one per embedded image. */
inline QStringList embeddedImages(const QString& pdf, QString* problem = nullptr)
{
    const ToolResult images = runTool(QStringLiteral("pdfimages"), {QStringLiteral("-list"), pdf});
    if (!images.ok) {
        if (problem)
            *problem = images.problem;
        return {QStringLiteral("pdfimages failed")};
    }
    QStringList rows = images.output.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    return rows.mid(2);
}

/** pdffonts rows that are not embedded or not subset ("name: emb=no"); empty when all are. */
inline QStringList fontProblems(const QString& pdf, int* fontCount = nullptr)
{
    const ToolResult fonts = runTool(QStringLiteral("pdffonts"), {pdf});
    if (!fonts.ok)
        return {fonts.problem};
    QStringList problems;
    int count = 0;
    for (const QString& line : fonts.output.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        if (line.startsWith(QStringLiteral("name ")) || line.startsWith(QStringLiteral("----")))
            continue;
        // name type encoding emb sub uni object ID: read the flags from the right.
        const QStringList cols = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (cols.size() < 6) {
            problems << QStringLiteral("unexpected row: ") + line;
            continue;
        }
        ++count;
        const qsizetype n = cols.size();
        if (cols.at(n - 5) != QStringLiteral("yes"))
            problems << QStringLiteral("not embedded: ") + line;
        if (cols.at(n - 4) != QStringLiteral("yes"))
            problems << QStringLiteral("not subset: ") + line;
    }
    if (fontCount)
        *fontCount = count;
    return problems;
}

} // namespace ms::test
