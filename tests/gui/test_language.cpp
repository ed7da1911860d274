// SPDX-License-Identifier: MIT
// The GUI in English and Turkish: the language follows the system locale by default,
// Settings › Language switches it at run time (the window is made again with its state),
// numbers follow the language's locale, and every message of the Turkish .ts file is
// translated.

#include <gtest/gtest.h>

#include <set>
#include <utility>

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QFile>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTranslator>
#include <QXmlStreamReader>

#include "gui/decimalspinbox.h"
#include "gui/dialogs/aboutdialog.h"
#include "gui/dialogs/ahpdialog.h"
#include "gui/dialogs/exportdialog.h"
#include "gui/dialogs/rocweightsdialog.h"
#include "gui/dialogs/stalefactsdialog.h"
#include "gui/guisettings.h"
#include "gui/language.h"
#include "gui/mainwindow.h"
#include "gui/rankingtablemodel.h"
#include "gui/reportexport.h"
#include "gui/textutil.h"
#include "core/decision/constraints.h"
#include "guitestutil.h"

using ms::gui::LanguagePreference;
using ms::gui::MainWindow;
using ms::gui::RankingTableModel;
using ms::gui::UiLanguage;

/** Readable QStrings in failure messages. */
inline void PrintTo(const QString& text, std::ostream* out)
{
    *out << '"' << text.toStdString() << '"';
}

namespace {

QString menuTitle(MainWindow* window, const char* objectName)
{
    auto* menu = window->findChild<QMenu*>(QLatin1String(objectName));
    return menu != nullptr ? menu->title() : QStringLiteral("<no menu %1>").arg(QLatin1String(objectName));
}

QString header(MainWindow* window, int column)
{
    return window->rankingModel()->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString();
}

QString labelText(MainWindow* window, const char* objectName)
{
    auto* label = window->findChild<QLabel*>(QLatin1String(objectName));
    return label != nullptr ? label->text() : QStringLiteral("<no label %1>").arg(QLatin1String(objectName));
}

QString selectedId(MainWindow* window)
{
    auto* view = window->findChild<QTableView*>(QStringLiteral("rankingView"));
    return view != nullptr ? view->currentIndex().data(RankingTableModel::AlternativeIdRole).toString() : QString();
}

/** Runs the queued window replacement that setLanguagePreference asks for. */
void settle()
{
    QCoreApplication::processEvents();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QCoreApplication::processEvents();
}

class LanguageTest : public ::testing::Test, public guitest::RememberedStateReset
{
protected:
    void SetUp() override { ms::gui::applyLanguage(LanguagePreference::English); }
    void TearDown() override
    {
        ms::gui::applyLanguage(LanguagePreference::English);
        QLocale::setDefault(QLocale::c());
    }
};

} // namespace

TEST(LanguageResolution, SystemFollowsTheSystemLocale)
{
    EXPECT_EQ(ms::gui::resolveLanguage(LanguagePreference::System, QLocale(QStringLiteral("tr_TR"))), UiLanguage::Turkish);
    EXPECT_EQ(ms::gui::resolveLanguage(LanguagePreference::System, QLocale(QStringLiteral("en_GB"))), UiLanguage::English);
    EXPECT_EQ(ms::gui::resolveLanguage(LanguagePreference::System, QLocale(QStringLiteral("de_DE"))), UiLanguage::English);
    EXPECT_EQ(ms::gui::resolveLanguage(LanguagePreference::System, QLocale::c()), UiLanguage::English);
    // A choice made in the menu wins over the system.
    EXPECT_EQ(ms::gui::resolveLanguage(LanguagePreference::English, QLocale(QStringLiteral("tr_TR"))), UiLanguage::English);
    EXPECT_EQ(ms::gui::resolveLanguage(LanguagePreference::Turkish, QLocale(QStringLiteral("en_US"))), UiLanguage::Turkish);
}

TEST(LanguageResolution, NumbersFollowTheLanguage)
{
    EXPECT_EQ(ms::gui::localeFor(UiLanguage::Turkish, QLocale(QStringLiteral("en_US"))).toString(1234.5, 'f', 1),
              QStringLiteral("1.234,5"));
    EXPECT_EQ(ms::gui::localeFor(UiLanguage::English, QLocale(QStringLiteral("tr_TR"))).toString(1234.5, 'f', 1),
              QStringLiteral("1,234.5"));
    // The system's own locale is kept when it speaks the language (en_GB dates stay British).
    EXPECT_EQ(ms::gui::localeFor(UiLanguage::English, QLocale(QStringLiteral("en_GB"))).name(), QStringLiteral("en_GB"));
}

TEST_F(LanguageTest, NothingStoredMeansSystem)
{
    EXPECT_EQ(ms::gui::languagePreference(), LanguagePreference::System);
    ms::gui::settings::language.setValue(QStringLiteral("tr"));
    EXPECT_EQ(ms::gui::languagePreference(), LanguagePreference::Turkish);
    ms::gui::settings::language.setValue(QStringLiteral("klingon"));
    EXPECT_EQ(ms::gui::languagePreference(), LanguagePreference::System);
}

TEST_F(LanguageTest, SwitchingToTurkishAndBackRemakesTheWindow)
{
    ms::gui::WindowHost host;
    MainWindow* english = host.window();
    english->setInteractive(false);
    ASSERT_TRUE(english->loadCatalog(guitest::bundledCatalog()));
    ASSERT_GT(english->rankingModel()->rowCount(), 2);

    EXPECT_EQ(menuTitle(english, "menuFile"), QStringLiteral("&File"));
    EXPECT_EQ(menuTitle(english, "menuAnalysis"), QStringLiteral("&Analysis"));
    EXPECT_EQ(menuTitle(english, "menuSettings"), QStringLiteral("&Settings"));
    EXPECT_EQ(header(english, RankingTableModel::ScoreColumn), QStringLiteral("Score"));
    EXPECT_EQ(header(english, RankingTableModel::KindColumn), QStringLiteral("Kind"));
    EXPECT_EQ(labelText(english, "scenarioHeading"), QStringLiteral("What matters to you"));

    // State to carry over: a selected alternative that is not the first, and a weight moved.
    auto* view = english->findChild<QTableView*>(QStringLiteral("rankingView"));
    ASSERT_NE(view, nullptr);
    view->setCurrentIndex(english->rankingModel()->index(2, 0));
    const QString chosen = selectedId(english);
    ASSERT_FALSE(chosen.isEmpty());
    ms::Scenario scenario = english->scenario();
    ASSERT_FALSE(scenario.weights.empty());
    scenario.weights.begin()->second = 7.5;
    english->setScenario(scenario);

    // Settings › Language › Türkçe, as the user picks it.
    auto* turkishAction = english->findChild<QAction*>(QStringLiteral("actionLanguageTurkish"));
    ASSERT_NE(turkishAction, nullptr);
    EXPECT_EQ(turkishAction->text(), QStringLiteral("&Türkçe"));
    turkishAction->trigger();
    settle();

    MainWindow* turkish = host.window();
    ASSERT_NE(turkish, nullptr);
    EXPECT_EQ(ms::gui::currentLanguage(), UiLanguage::Turkish);
    EXPECT_EQ(ms::gui::languagePreference(), LanguagePreference::Turkish);
    EXPECT_EQ(menuTitle(turkish, "menuFile"), QStringLiteral("&Dosya"));
    EXPECT_EQ(menuTitle(turkish, "menuAnalysis"), QStringLiteral("&Analiz"));
    EXPECT_EQ(menuTitle(turkish, "menuSettings"), QStringLiteral("A&yarlar"));
    EXPECT_EQ(header(turkish, RankingTableModel::ScoreColumn), QStringLiteral("Puan"));
    EXPECT_EQ(header(turkish, RankingTableModel::KindColumn), QStringLiteral("Tür"));
    EXPECT_EQ(labelText(turkish, "scenarioHeading"), QStringLiteral("Sizin için ne önemli"));
    auto* checked = turkish->findChild<QAction*>(QStringLiteral("actionLanguageTurkish"));
    ASSERT_NE(checked, nullptr);
    EXPECT_TRUE(checked->isChecked());

    // The catalog's own Turkish: kind labels and the criterion names.
    const QAbstractItemModel* model = turkish->rankingModel();
    QSet<QString> kinds;
    for (int row = 0; row < model->rowCount(); ++row)
        kinds << model->index(row, RankingTableModel::KindColumn).data().toString();
    EXPECT_TRUE(kinds.contains(QStringLiteral("Yerel model"))) << kinds.values().join(QStringLiteral(", ")).toStdString();

    // The window went on where the English one was: same catalog, scenario and selection.
    ASSERT_NE(turkish->catalog(), nullptr);
    EXPECT_EQ(turkish->scenario().weights, scenario.weights);
    EXPECT_EQ(selectedId(turkish), chosen);

    // Numbers in the Turkish locale: a decimal comma in the score column and typed input.
    EXPECT_EQ(QLocale().toString(2.5, 'f', 1), QStringLiteral("2,5"));
    const QString score = model->index(0, RankingTableModel::ScoreColumn).data().toString();
    EXPECT_TRUE(QRegularExpression(QStringLiteral("^\\d+,\\d")).match(score).hasMatch()) << score.toStdString();
    const QList<ms::gui::DecimalSpinBox*> spins = turkish->findChildren<ms::gui::DecimalSpinBox*>();
    ASSERT_FALSE(spins.isEmpty());
    EXPECT_EQ(spins.first()->locale().decimalPoint(), QStringLiteral(","));
    EXPECT_DOUBLE_EQ(spins.first()->valueFromText(QStringLiteral("2,5")), 2.5);

    // And back to English.
    auto* englishAction = turkish->findChild<QAction*>(QStringLiteral("actionLanguageEnglish"));
    ASSERT_NE(englishAction, nullptr);
    englishAction->trigger();
    settle();
    MainWindow* again = host.window();
    EXPECT_EQ(ms::gui::currentLanguage(), UiLanguage::English);
    EXPECT_EQ(menuTitle(again, "menuFile"), QStringLiteral("&File"));
    EXPECT_EQ(header(again, RankingTableModel::ScoreColumn), QStringLiteral("Score"));
    EXPECT_EQ(labelText(again, "scenarioHeading"), QStringLiteral("What matters to you"));
    EXPECT_EQ(selectedId(again), chosen);
    EXPECT_EQ(QLocale().toString(2.5, 'f', 1), QStringLiteral("2.5"));
}

TEST_F(LanguageTest, TurkishSummaryIsShown)
{
    ms::gui::applyLanguage(LanguagePreference::Turkish);
    MainWindow window;
    window.setInteractive(false);
    ASSERT_TRUE(window.loadCatalog(guitest::bundledCatalog()));
    const ms::Catalog* catalog = window.catalog();
    ASSERT_NE(catalog, nullptr);
    const QString id = selectedId(&window);
    const ms::Alternative* alt = catalog->alternative(id.toStdString());
    ASSERT_NE(alt, nullptr);
    ASSERT_FALSE(alt->summary.tr.empty());
    bool found = false;
    for (QLabel* label : window.findChildren<QLabel*>()) {
        if (label->text() == QString::fromStdString(alt->summary.tr))
            found = true;
    }
    EXPECT_TRUE(found) << "the Turkish summary of " << id.toStdString() << " is not shown";
}

TEST_F(LanguageTest, EmbeddedTranslationsLoad)
{
    QTranslator turkish;
    ASSERT_TRUE(turkish.load(QStringLiteral(":/i18n/modelscout_tr.qm")));
    EXPECT_EQ(turkish.translate("ms::gui::MainWindow", "&Analysis"), QStringLiteral("&Analiz"));
    EXPECT_EQ(turkish.translate("ms::gui::RankingTableModel", "Score"), QStringLiteral("Puan"));
    EXPECT_TRUE(QFile::exists(QStringLiteral(":/i18n/modelscout_en.qm")));
}

namespace {

/** Records every message asked for (and answers none, so the real translators answer). */
class RecordingTranslator : public QTranslator
{
public:
    QString translate(const char* context, const char* source, const char* disambiguation, int n) const override
    {
        Q_UNUSED(disambiguation);
        Q_UNUSED(n);
        if (context != nullptr && source != nullptr && *source != '\0')
            asked.insert({QString::fromUtf8(context), QString::fromUtf8(source)});
        return {};
    }
    bool isEmpty() const override { return false; }

    mutable std::set<std::pair<QString, QString>> asked;
};

} // namespace

// What the windows ask for at run time is in the Turkish catalog under the same context
// (a tr() whose context lupdate sees differently is never translated).
TEST_F(LanguageTest, EveryStringTheWindowsAskForIsTranslated)
{
    ms::gui::applyLanguage(LanguagePreference::Turkish);
    RecordingTranslator recorder;
    QCoreApplication::installTranslator(&recorder); // asked first: the last one installed
    {
        ms::gui::WindowHost host;
        MainWindow* window = host.window();
        window->setInteractive(false);
        window->show();
        ASSERT_TRUE(window->loadCatalog(guitest::bundledCatalog()));
        auto* view = window->findChild<QTableView*>(QStringLiteral("rankingView"));
        ASSERT_NE(view, nullptr);
        for (int row = 0; row < window->rankingModel()->rowCount(); ++row)
            view->setCurrentIndex(window->rankingModel()->index(row, 0));
        for (const char* name : {"actionCompareSelected", "actionSensitivity"}) {
            auto* action = window->findChild<QAction*>(QLatin1String(name));
            ASSERT_NE(action, nullptr) << name;
            action->trigger();
        }
        ms::gui::RocWeightsDialog roc(*window->catalog(), window->scenario().weights, window);
        ms::gui::AhpDialog ahp(*window->catalog(), window->scenario().weights, window);
        ms::gui::AboutDialog about(window->catalog(), window);
        ms::gui::ExportDialog exportDialog(ms::gui::ReportExportOptions{}, window);
        ms::gui::StaleFactsDialog stale(window);
        for (int column = 0; column < window->rankingModel()->columnCount(); ++column) {
            window->rankingModel()->headerData(column, Qt::Horizontal, Qt::DisplayRole);
            window->rankingModel()->headerData(column, Qt::Horizontal, Qt::ToolTipRole);
        }
        for (int row = 0; row < window->rankingModel()->rowCount(); ++row) {
            for (int column = 0; column < window->rankingModel()->columnCount(); ++column)
                window->rankingModel()->index(row, column).data(Qt::ToolTipRole);
        }
        QCoreApplication::processEvents();
    }
    QCoreApplication::removeTranslator(&recorder);

    QTranslator turkish;
    ASSERT_TRUE(turkish.load(QStringLiteral(":/i18n/modelscout_tr.qm")));
    QStringList missing;
    int ours = 0;
    for (const auto& [context, source] : recorder.asked) {
        // Qt's own contexts (QDialogButtonBox, QLineEdit…) are qtbase_tr's business.
        if (context.startsWith(QLatin1Char('Q')))
            continue;
        ++ours;
        const QByteArray c = context.toUtf8();
        const QByteArray t = source.toUtf8();
        if (turkish.translate(c.constData(), t.constData()).isEmpty()
            && turkish.translate(c.constData(), t.constData(), nullptr, 1).isEmpty())
            missing << QStringLiteral("%1: \"%2\"").arg(context, source);
    }
    EXPECT_GT(ours, 150);
    EXPECT_TRUE(missing.isEmpty()) << missing.size() << " message(s) asked for but not in modelscout_tr.qm:\n"
                                   << missing.join(QLatin1Char('\n')).toStdString();
}

namespace {

/** The menus of `window` whose entries share a mnemonic letter ("&File" has F). */
QStringList mnemonicClashes(MainWindow* window)
{
    QStringList clashes;
    auto letter = [](const QString& text) {
        const qsizetype at = text.indexOf(QLatin1Char('&'));
        return at >= 0 && at + 1 < text.size() ? text.at(at + 1).toLower() : QChar();
    };
    QList<QList<QAction*>> groups{window->menuBar()->actions()};
    for (QMenu* menu : window->findChildren<QMenu*>())
        groups << menu->actions();
    for (const QList<QAction*>& actions : groups) {
        QHash<QChar, QString> seen;
        for (QAction* action : actions) {
            const QChar key = letter(action->text());
            if (key.isNull() || !action->isVisible())
                continue;
            if (seen.contains(key))
                clashes << QStringLiteral("%1 / %2").arg(seen.value(key), action->text());
            seen.insert(key, action->text());
        }
    }
    return clashes;
}

} // namespace

// Alt+letter reaches one entry per menu in Turkish (the translator picks the letters).
TEST_F(LanguageTest, TurkishMenuMnemonicsAreUnique)
{
    ms::gui::applyLanguage(LanguagePreference::Turkish);
    MainWindow window;
    window.setInteractive(false);
    ASSERT_TRUE(window.loadCatalog(guitest::bundledCatalog()));
    const QStringList clashes = mnemonicClashes(&window);
    EXPECT_TRUE(clashes.isEmpty()) << clashes.join(QStringLiteral("; ")).toStdString();
}

// Alt+letter reaches one entry per menu in English too.
TEST_F(LanguageTest, EnglishMenuMnemonicsAreUnique)
{
    MainWindow window;
    window.setInteractive(false);
    ASSERT_TRUE(window.loadCatalog(guitest::bundledCatalog()));
    const QStringList clashes = mnemonicClashes(&window);
    EXPECT_TRUE(clashes.isEmpty()) << clashes.join(QStringLiteral("; ")).toStdString();
    auto* exportReport = window.findChild<QAction*>(QStringLiteral("actionExportReport"));
    ASSERT_NE(exportReport, nullptr);
    EXPECT_EQ(exportReport->text(), QStringLiteral("Expor&t Report…"));
}

namespace {

/** The reason shown in the "Left out by your must-haves" table for `name`. */
QString excludedReason(MainWindow* window, const QString& name)
{
    auto* table = window->findChild<QTableWidget*>(QStringLiteral("excludedTable"));
    if (table == nullptr)
        return QStringLiteral("<no excludedTable>");
    for (int row = 0; row < table->rowCount(); ++row)
        if (table->item(row, 0) != nullptr && table->item(row, 0)->text() == name)
            return table->item(row, 1)->text();
    return QStringLiteral("<%1 not excluded>").arg(name);
}

/** Selects the ranked alternative `id`; false when it is not ranked. */
bool selectAlternative(MainWindow* window, const QString& id)
{
    auto* view = window->findChild<QTableView*>(QStringLiteral("rankingView"));
    auto* model = window->rankingModel();
    for (int row = 0; view != nullptr && row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, RankingTableModel::NameColumn);
        if (index.data(RankingTableModel::AlternativeIdRole).toString() == id) {
            view->setCurrentIndex(index);
            return selectedId(window) == id;
        }
    }
    return false;
}

/** The bundled catalog's must-have free_quota >= 1000 and the default usage (200 messages a
 *  month per player, the player pays). */
void useQuotaMustHaveAndUsage(MainWindow* window)
{
    ms::Scenario scenario = window->scenario();
    scenario.constraints = { std::get<ms::Constraint>(ms::parseConstraint("free_quota >= 1000", *window->catalog())) };
    scenario.usage = ms::UsageScenario{};
    window->setScenario(scenario);
}

} // namespace

// The reason a must-have left an alternative out, the cost sentence, units and ordinal
// levels: all Turkish in the Turkish window (criterion names, not ids; QLocale numbers).
TEST_F(LanguageTest, TurkishReasonsCostsUnitsAndLevels)
{
    ms::gui::applyLanguage(LanguagePreference::Turkish);
    MainWindow window;
    window.setInteractive(false);
    ASSERT_TRUE(window.loadCatalog(guitest::bundledCatalog()));
    useQuotaMustHaveAndUsage(&window);
    const QChar nbsp(0x00A0);
    EXPECT_EQ(excludedReason(&window, QStringLiteral("ChatFAI")),
              QStringLiteral("Ücretsiz kota en az 1.000%1etkileşim/ay olmalı; değeri 250%1etkileşim/ay").arg(nbsp));
    EXPECT_EQ(excludedReason(&window, QStringLiteral("NPCx")),
              QStringLiteral("Ücretsiz kota en az 1.000%1etkileşim/ay olmalı; değeri bilinmiyor").arg(nbsp));

    ASSERT_TRUE(selectAlternative(&window, QStringLiteral("inworld")));
    EXPECT_EQ(labelText(&window, "detailsCostExplanation"),
              QStringLiteral("Ücretsiz kota (ayda 5.000), bir oyuncunun hesabını ayda 5.000 mesaja kadar karşılar; "
                             "bu senaryo 200 mesaj gerektirir, bu yüzden oyuncu hiçbir şey ödemez."));

    // Units and levels of the bundled catalog; others stay as the catalog writes them.
    using ms::gui::formatFactValue;
    EXPECT_EQ(formatFactValue(ms::FactValue::ofNumber(1000), "interactions/month"), QStringLiteral("1.000 etkileşim/ay"));
    EXPECT_EQ(formatFactValue(ms::FactValue::ofNumber(2.5), "USD/month"), QStringLiteral("2,5 USD/ay"));
    EXPECT_EQ(formatFactValue(ms::FactValue::ofNumber(3), "steps"), QStringLiteral("3 adım"));
    EXPECT_EQ(formatFactValue(ms::FactValue::ofNumber(4), "widgets"), QStringLiteral("4 widgets"));
    EXPECT_EQ(formatFactValue(ms::FactValue::ofText("contact_only"), {}), QStringLiteral("yalnızca iletişimle"));
    EXPECT_EQ(formatFactValue(ms::FactValue::ofText("Apache-2.0"), {}), QStringLiteral("Apache-2.0"));
    EXPECT_EQ(ms::gui::displayLevel("public"), QStringLiteral("herkese açık"));
    EXPECT_EQ(ms::gui::displayLevel("early_access"), QStringLiteral("early access"));
    EXPECT_EQ(ms::gui::displayUnit("USD/1M tokens"), QStringLiteral("USD/1M jeton"));
}

// The same window in English: criterion names and English words, English numbers.
TEST_F(LanguageTest, EnglishReasonsCostsUnitsAndLevels)
{
    MainWindow window;
    window.setInteractive(false);
    ASSERT_TRUE(window.loadCatalog(guitest::bundledCatalog()));
    useQuotaMustHaveAndUsage(&window);
    const QChar nbsp(0x00A0);
    EXPECT_EQ(excludedReason(&window, QStringLiteral("ChatFAI")),
              QStringLiteral("Free quota at least 1,000%1interactions/month: it is 250%1interactions/month").arg(nbsp));
    EXPECT_EQ(excludedReason(&window, QStringLiteral("NPCx")),
              QStringLiteral("Free quota at least 1,000%1interactions/month: unknown").arg(nbsp));
    ASSERT_TRUE(selectAlternative(&window, QStringLiteral("inworld")));
    EXPECT_EQ(labelText(&window, "detailsCostExplanation"),
              QStringLiteral("The free tier of 5,000 a month covers a player with up to 5,000 messages a month; "
                             "this scenario needs 200, so the player pays nothing."));
    using ms::gui::formatFactValue;
    EXPECT_EQ(formatFactValue(ms::FactValue::ofNumber(1000), "interactions/month"), QStringLiteral("1,000 interactions/month"));
    EXPECT_EQ(formatFactValue(ms::FactValue::ofText("contact_only"), {}), QStringLiteral("contact_only"));
    EXPECT_EQ(ms::gui::displayLevel("contact_only"), QStringLiteral("contact only"));
    EXPECT_EQ(ms::gui::displayUnit("USD/1M tokens"), QStringLiteral("USD/1M tokens"));
}

// Every message of the Turkish catalog is translated, with the same %N place markers.
TEST(TranslationFiles, TurkishIsComplete)
{
    QFile file(QStringLiteral(MODELSCOUT_SOURCE_DIR "/resources/translations/modelscout_tr.ts"));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QString context;
    QString source;
    int messages = 0;
    QStringList problems;
    const QRegularExpression marker(QStringLiteral("%L?(\\d+|n)"));
    auto markers = [&marker](const QString& text) {
        QSet<QString> found;
        for (auto it = marker.globalMatch(text); it.hasNext();)
            found << it.next().captured(1);
        return found;
    };
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
            ++messages;
        } else if (xml.name() == QLatin1String("translation")) {
            const QString type = xml.attributes().value(QLatin1String("type")).toString();
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (!type.isEmpty())
                problems << QStringLiteral("%1: \"%2\" is %3").arg(context, source, type);
            else if (text.trimmed().isEmpty())
                problems << QStringLiteral("%1: \"%2\" has no translation").arg(context, source);
            else if (markers(text) != markers(source))
                problems << QStringLiteral("%1: \"%2\" and \"%3\" differ in their %N or %n markers").arg(context, source, text);
        }
    }
    ASSERT_FALSE(xml.hasError()) << xml.errorString().toStdString();
    EXPECT_GT(messages, 300);
    EXPECT_TRUE(problems.isEmpty()) << problems.size() << " problem(s); run the update_translations target and "
                                    << "translate in Qt Linguist:\n"
                                    << problems.join(QLatin1Char('\n')).toStdString();
}

// Run with LANG=tr_TR.UTF-8 (see CMakeLists.txt): with nothing stored, the window is Turkish.
TEST(TurkishSystem, DefaultFollowsTheSystemLocale)
{
    guitest::clearRememberedState();
    ASSERT_EQ(QLocale::system().language(), QLocale::Turkish) << "run this test with LANG=tr_TR.UTF-8";
    EXPECT_EQ(ms::gui::applyLanguage(ms::gui::languagePreference()), UiLanguage::Turkish);
    {
        MainWindow window;
        window.setInteractive(false);
        ASSERT_TRUE(window.loadCatalog(guitest::bundledCatalog()));
        EXPECT_EQ(menuTitle(&window, "menuFile"), QStringLiteral("&Dosya"));
        EXPECT_EQ(header(&window, RankingTableModel::ScoreColumn), QStringLiteral("Puan"));
        EXPECT_EQ(QLocale().decimalPoint(), QStringLiteral(","));
    }
    ms::gui::applyLanguage(LanguagePreference::English);
}

// main() is in guitestmain.cpp.
