// SPDX-License-Identifier: MIT
// Tests of the main window's scenario: profiles that apply a whole scenario, the
// Advanced page (method, normalisation, missing-fact policy), must-haves and the
// alternatives they leave out, usage cost projection, the filter and kind filter
// (case C02), decimal commas (case C03), the score interval and dominance notes, the
// remembered scenario (case C15), and the keyboard. Headless (offscreen).

#include <algorithm>
#include <string>
#include <variant>
#include <vector>

#include <gtest/gtest.h>

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSaveFile>
#include <QSignalSpy>
#include <QSlider>
#include <QStatusBar>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBox>

#include "core/catalog/loader.h"
#include "core/decision/constraints.h"
#include "core/decision/ranking.h"
#include "core/decision/usagecost.h"
#include "core/scenario/scenariojson.h"
#include "gui/constraintseditor.h"
#include "gui/decimalspinbox.h"
#include "gui/detailspane.h"
#include "gui/guisettings.h"
#include "gui/mainwindow.h"
#include "gui/rankingsortproxy.h"
#include "gui/rankingtablemodel.h"
#include "gui/scenariostore.h"
#include "gui/usageeditor.h"
#include "guitestutil.h"

using guitest::names;
using guitest::rowNamed;
using guitest::testData;
using ms::gui::ConstraintsEditor;
using ms::gui::MainWindow;
using ms::gui::RankingSortProxy;
using ms::gui::RankingTableModel;

namespace {

const QString Alpha = QStringLiteral("Alpha");
const QString Bravo = QStringLiteral("Bravo");
const QString Ceviri = QStringLiteral("Çeviri Asistanı");

ms::Catalog loadOrDie(const QString& path)
{
    ms::CatalogLoadResult result = ms::loadCatalogFromFile(QFile::encodeName(path).toStdString());
    if (!result.ok()) {
        ADD_FAILURE() << ms::formatDiagnostics(result.diagnostics);
        return {};
    }
    return std::move(*result.catalog);
}

/** three_by_three.json with one more profile: TOPSIS, and voice a must-have. */
QString writeTopsisFixture(const QTemporaryDir& dir)
{
    QFile in(testData("three_by_three.json"));
    EXPECT_TRUE(in.open(QIODevice::ReadOnly));
    QJsonObject root = QJsonDocument::fromJson(in.readAll()).object();
    QJsonArray profiles = root.value(QStringLiteral("profiles")).toArray();
    profiles.append(QJsonObject{
        {QStringLiteral("id"), QStringLiteral("voice_topsis")},
        {QStringLiteral("label"), QJsonObject{{QStringLiteral("en"), QStringLiteral("Voice, by TOPSIS")}}},
        {QStringLiteral("method"), QStringLiteral("topsis")},
        {QStringLiteral("missing"), QStringLiteral("midpoint")},
        {QStringLiteral("weights"), QJsonObject{{QStringLiteral("quota"), 1}, {QStringLiteral("price"), 3}}},
        {QStringLiteral("constraints"), QJsonArray{QStringLiteral("voice == true")}},
    });
    root.insert(QStringLiteral("profiles"), profiles);
    const QString path = dir.filePath(QStringLiteral("topsis_profile.json"));
    QFile out(path);
    EXPECT_TRUE(out.open(QIODevice::WriteOnly));
    out.write(QJsonDocument(root).toJson());
    return path;
}

/** The ranked row of the alternative named `name`, or nullptr. */
const ms::RankedAlternative* rankedRow(const MainWindow& window, const QString& name)
{
    for (const ms::RankedAlternative& row : window.ranking().rows) {
        if (QString::fromStdString(window.catalog()->alternatives[row.alternativeIndex].name) == name)
            return &row;
    }
    return nullptr;
}

/** The next widget after `widget` that Tab stops at. */
QWidget* nextTabStop(QWidget* widget)
{
    QWidget* next = widget->nextInFocusChain();
    while (next != widget && !(next->focusPolicy() & Qt::TabFocus))
        next = next->nextInFocusChain();
    return next;
}

class ScenarioTest : public ::testing::Test, protected guitest::RememberedStateReset
{
protected:
    void SetUp() override { window.setInteractive(false); }

    template <typename T>
    T* child(const char* name)
    {
        T* widget = window.findChild<T*>(QString::fromLatin1(name));
        EXPECT_NE(widget, nullptr) << name;
        return widget;
    }

    void pickProfile(const QString& id)
    {
        auto* box = child<QComboBox>("profileBox");
        const int index = box->findData(id);
        ASSERT_GE(index, 0) << id.toStdString();
        box->setCurrentIndex(index);
        Q_EMIT box->activated(index);
    }

    void selectData(const char* boxName, int value)
    {
        auto* box = child<QComboBox>(boxName);
        const int index = box->findData(value);
        ASSERT_GE(index, 0);
        box->setCurrentIndex(index);
    }

    ConstraintsEditor* editor() { return window.findChild<ConstraintsEditor*>(); }

    /** Adds a must-have through the editor: criterion, the condition shown as `condition`. */
    void addMustHave(const char* criterion, const QString& condition)
    {
        ConstraintsEditor* e = editor();
        ASSERT_NE(e, nullptr);
        ASSERT_TRUE(e->selectCriterion(QString::fromLatin1(criterion)));
        const int op = e->operatorBox()->findText(condition);
        ASSERT_GE(op, 0) << condition.toStdString();
        e->operatorBox()->setCurrentIndex(op);
        e->addButton()->click();
    }

    QString excludedReason(const QString& name)
    {
        auto* table = child<QTableWidget>("excludedTable");
        for (int row = 0; row < table->rowCount(); ++row) {
            if (table->item(row, 0)->text() == name)
                return table->item(row, 1)->text();
        }
        return {};
    }

    MainWindow window;
};

} // namespace

// Picking a profile applies its whole scenario: method, policy, weights and must-haves.
TEST_F(ScenarioTest, ProfileAppliesTheWholeScenario)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = writeTopsisFixture(dir);
    QAbstractItemModelTester tester(window.rankingModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_TRUE(window.loadCatalog(path));
    EXPECT_EQ(window.scenario(), window.catalog()->profiles.front().scenario); // the first profile at start
    EXPECT_EQ(window.rankingModel()->rowCount(), 3);

    QSignalSpy rankingSpy(&window, &MainWindow::rankingChanged);
    pickProfile(QStringLiteral("voice_topsis"));
    EXPECT_EQ(rankingSpy.count(), 1);
    const ms::Profile* profile = window.catalog()->profile("voice_topsis");
    ASSERT_NE(profile, nullptr);
    EXPECT_EQ(window.scenario(), profile->scenario);
    EXPECT_EQ(window.ranking().method, ms::Method::Topsis);
    EXPECT_EQ(window.ranking().missing, ms::MissingPolicy::Midpoint);
    EXPECT_EQ(child<QComboBox>("methodBox")->currentData().toInt(), static_cast<int>(ms::Method::Topsis));
    EXPECT_EQ(child<QComboBox>("missingBox")->currentData().toInt(), static_cast<int>(ms::MissingPolicy::Midpoint));
    EXPECT_EQ(editor()->shownConstraints(), QStringList{QStringLiteral("Voice is yes")});

    // Only Alpha has a voice; the others are listed apart with the reason in words.
    EXPECT_EQ(names(window.rankingModel()), QStringList{Alpha});
    EXPECT_FALSE(child<QWidget>("excludedPanel")->isHidden());
    EXPECT_EQ(excludedReason(Bravo), QStringLiteral("Voice is yes: it is no"));
    EXPECT_EQ(excludedReason(Ceviri), QStringLiteral("Voice is yes: unknown"));

    // The line above the table says how the scores are made.
    const QString summary = child<QLabel>("rankingMethodLabel")->text();
    EXPECT_TRUE(summary.contains(QStringLiteral("TOPSIS"))) << summary.toStdString();
    EXPECT_TRUE(summary.contains(QString::fromStdString(ms::describe(ms::MissingPolicy::Midpoint)))) << summary.toStdString();

    // Another profile brings every alternative back and the weighted sum.
    pickProfile(QStringLiteral("quota_first"));
    EXPECT_EQ(window.scenario(), window.catalog()->profile("quota_first")->scenario);
    EXPECT_EQ(window.rankingModel()->rowCount(), 3);
    EXPECT_TRUE(child<QWidget>("excludedPanel")->isHidden());
}

// The method box changes the method and the scores; midpoint changes Çeviri's score
// (an unknown voice) from 0.25 to 0.375 under weights 2/1/1.
TEST_F(ScenarioTest, AdvancedMethodAndMissingPolicy)
{
    ASSERT_TRUE(window.loadCatalog(testData("three_by_three.json")));
    ASSERT_EQ(window.ranking().method, ms::Method::WeightedSum);
    const ms::RankedAlternative* ceviri = rankedRow(window, Ceviri);
    ASSERT_NE(ceviri, nullptr);
    EXPECT_NEAR(ceviri->score, 0.25, 1e-12);
    EXPECT_NEAR(ceviri->scoreHigh, 0.50, 1e-12);
    const double alphaWsm = rankedRow(window, Alpha)->score;

    selectData("methodBox", static_cast<int>(ms::Method::WeightedProduct));
    EXPECT_EQ(window.scenario().method, ms::Method::WeightedProduct);
    EXPECT_EQ(window.ranking().method, ms::Method::WeightedProduct);
    EXPECT_NE(rankedRow(window, Alpha)->score, alphaWsm);
    EXPECT_EQ(child<QComboBox>("profileBox")->currentText(), QStringLiteral("Custom"));
    EXPECT_TRUE(window.scenario().profile.empty());
    // The window shows the engine's ranking for its scenario, nothing of its own.
    const auto expected = std::get<ms::Ranking>(ms::rankAlternatives(*window.catalog(), window.scenario()));
    ASSERT_EQ(window.ranking().rows.size(), expected.rows.size());
    for (std::size_t i = 0; i < expected.rows.size(); ++i) {
        EXPECT_EQ(window.ranking().rows[i].alternativeIndex, expected.rows[i].alternativeIndex);
        EXPECT_DOUBLE_EQ(window.ranking().rows[i].score, expected.rows[i].score);
    }

    selectData("methodBox", static_cast<int>(ms::Method::WeightedSum));
    selectData("missingBox", static_cast<int>(ms::MissingPolicy::Midpoint));
    EXPECT_EQ(window.ranking().missing, ms::MissingPolicy::Midpoint);
    EXPECT_NEAR(rankedRow(window, Ceviri)->score, 0.375, 1e-12);
    EXPECT_NEAR(rankedRow(window, Alpha)->score, alphaWsm, 1e-12); // no unknown facts: unchanged

    selectData("normalisationBox", static_cast<int>(ms::Normalisation::MinMax));
    EXPECT_EQ(window.ranking().normalisation, ms::Normalisation::MinMax);
    const QString summary = child<QLabel>("rankingMethodLabel")->text();
    EXPECT_TRUE(summary.contains(QString::fromStdString(ms::describe(ms::Normalisation::MinMax)))) << summary.toStdString();
}

// "voice is yes" through the editor excludes Bravo and Çeviri with the engine's reasons;
// removing it brings them back. The re-rank never resets the model.
TEST_F(ScenarioTest, MustHaveExcludesAndRemovingBringsBack)
{
    QAbstractItemModelTester tester(window.rankingModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_TRUE(window.loadCatalog(testData("three_by_three.json")));
    QSignalSpy resetSpy(window.rankingModel(), &QAbstractItemModel::modelReset);

    addMustHave("voice", QStringLiteral("is yes"));
    ASSERT_EQ(window.scenario().constraints.size(), 1u);
    EXPECT_EQ(window.scenario().constraints[0].toString(), "voice == true");
    ASSERT_EQ(window.ranking().excluded.size(), 2u);
    EXPECT_EQ(window.ranking().excluded[0].reason, "voice == true: it is false");
    EXPECT_EQ(window.ranking().excluded[1].reason, "voice == true: unknown");
    EXPECT_EQ(names(window.rankingModel()), QStringList{Alpha});
    EXPECT_EQ(excludedReason(Bravo), QStringLiteral("Voice is yes: it is no"));
    EXPECT_EQ(excludedReason(Ceviri), QStringLiteral("Voice is yes: unknown"));
    EXPECT_EQ(editor()->shownConstraints(), QStringList{QStringLiteral("Voice is yes")});
    const QString mustHaves = child<QToolBox>("scenarioToolBox")->itemText(1);
    EXPECT_TRUE(mustHaves.contains(QLatin1Char('1'))) << mustHaves.toStdString();

    // The same must-have twice is refused with a note.
    addMustHave("voice", QStringLiteral("is yes"));
    EXPECT_EQ(window.scenario().constraints.size(), 1u);
    EXPECT_FALSE(window.findChild<QLabel*>(QStringLiteral("constraintMessage"))->isHidden());

    // Must-haves nothing meets: an empty table and a note that says why.
    auto* banner = child<QLabel>("rankingBanner");
    EXPECT_TRUE(banner->isHidden());
    addMustHave("voice", QStringLiteral("is no"));
    EXPECT_EQ(window.rankingModel()->rowCount(), 0);
    EXPECT_EQ(window.ranking().excluded.size(), 3u);
    EXPECT_FALSE(banner->isHidden());
    ASSERT_EQ(editor()->removeButtons().size(), 2);
    editor()->removeButtons().last()->click();
    EXPECT_TRUE(banner->isHidden());

    ASSERT_EQ(editor()->removeButtons().size(), 1);
    editor()->removeButtons().first()->click();
    EXPECT_TRUE(window.scenario().constraints.empty());
    EXPECT_EQ(names(window.rankingModel()), (QStringList{Alpha, Bravo, Ceviri}));
    EXPECT_TRUE(window.ranking().excluded.empty());
    EXPECT_TRUE(child<QWidget>("excludedPanel")->isHidden());
    EXPECT_EQ(resetSpy.count(), 0);
}

// Ordinal and numeric must-haves come out as canonical constraint text.
TEST_F(ScenarioTest, MustHaveEditorOffersConditionsByType)
{
    ASSERT_TRUE(window.loadCatalog(guitest::bundledCatalog()));
    ConstraintsEditor* e = editor();
    ASSERT_TRUE(e->selectCriterion(QStringLiteral("credit_card")));
    EXPECT_EQ(e->operatorBox()->count(), 2);
    EXPECT_EQ(e->operatorBox()->itemText(0), QStringLiteral("is yes"));
    EXPECT_EQ(e->operatorBox()->itemText(1), QStringLiteral("is no"));
    e->operatorBox()->setCurrentIndex(1);
    EXPECT_EQ(e->pendingText(), QStringLiteral("credit_card == false"));

    ASSERT_TRUE(e->selectCriterion(QStringLiteral("availability")));
    EXPECT_EQ(e->operatorBox()->itemText(0), QStringLiteral("at least level"));
    EXPECT_EQ(e->operatorBox()->itemText(1), QStringLiteral("is one of"));
    e->levelBox()->setCurrentIndex(e->levelBox()->findData(QStringLiteral("waitlist")));
    EXPECT_EQ(e->pendingText(), QStringLiteral("availability >= waitlist"));
    e->operatorBox()->setCurrentIndex(1);
    EXPECT_EQ(e->pendingText(), QStringLiteral("availability in public"));

    ASSERT_TRUE(e->selectCriterion(QStringLiteral("hardware_gb")));
    EXPECT_EQ(e->operatorBox()->itemText(0), QStringLiteral("at least"));
    EXPECT_EQ(e->operatorBox()->itemText(1), QStringLiteral("at most"));
    e->operatorBox()->setCurrentIndex(1);
    e->numberEditor()->setValue(8);
    EXPECT_EQ(e->pendingText(), QStringLiteral("hardware_gb <= 8"));
    e->addButton()->click();
    ASSERT_EQ(window.scenario().constraints.size(), 1u);
    EXPECT_EQ(window.scenario().constraints[0].toString(), "hardware_gb <= 8");
    for (const ms::Exclusion& exclusion : window.ranking().excluded)
        EXPECT_EQ(exclusion.reason.rfind("hardware_gb <= 8: ", 0), 0u) << exclusion.reason;
}

// C03: under Turkish "0,5" typed into a numeric must-have is 0.5, written "0.5"; under
// English "0.5" is.
TEST(ScenarioLocaleTest, DecimalCommaInAMustHaveValue)
{
    const QLocale previous;
    struct Case {
        QLocale locale;
        const char* typed;
    };
    for (const Case& c : {Case{QLocale(QLocale::Turkish, QLocale::Turkey), "0,5"},
                          Case{QLocale(QLocale::English, QLocale::UnitedStates), "0.5"}}) {
        guitest::clearRememberedState();
        QLocale::setDefault(c.locale);
        MainWindow window;
        window.setInteractive(false);
        ASSERT_TRUE(window.loadCatalog(testData("three_by_three.json")));
        auto* e = window.findChild<ConstraintsEditor*>();
        ASSERT_NE(e, nullptr);
        ASSERT_TRUE(e->selectCriterion(QStringLiteral("price")));
        e->operatorBox()->setCurrentIndex(e->operatorBox()->findText(QStringLiteral("at most")));
        ms::gui::DecimalSpinBox* number = e->numberEditor();
        EXPECT_EQ(number->locale().decimalPoint(), c.locale.decimalPoint());
        number->selectAll();
        QTest::keyClicks(number, QString::fromLatin1(c.typed));
        EXPECT_DOUBLE_EQ(number->value(), 0.5) << c.typed;
        EXPECT_EQ(e->pendingText(), QStringLiteral("price <= 0.5"));
        e->addButton()->click();
        ASSERT_EQ(window.scenario().constraints.size(), 1u);
        EXPECT_EQ(window.scenario().constraints[0].toString(), "price <= 0.5");
        // Shown back in the user's own form.
        EXPECT_EQ(e->shownConstraints().value(0),
                  QStringLiteral("Price at most %1\u00A0USD/month").arg(c.locale.toString(0.5)));

        // "1.234" under Turkish is never silently 1234 (the group separator) or 0.
        number->selectAll();
        QTest::keyClicks(number, QStringLiteral("1.234"));
        EXPECT_DOUBLE_EQ(number->value(), 1.234);
    }
    QLocale::setDefault(previous);
}

// C02: the filter folds Turkish letters on both sides; it hides rows and changes no score.
TEST_F(ScenarioTest, FilterFindsTurkishTextAndKeepsScores)
{
    QAbstractItemModelTester tester(window.rankingModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_TRUE(window.loadCatalog(testData("three_by_three.json")));
    QAbstractItemModel* model = window.rankingModel();
    const std::vector<ms::RankedAlternative> before = window.ranking().rows;
    const double ceviriScore =
        model->index(rowNamed(model, Ceviri), RankingTableModel::ScoreColumn).data(RankingTableModel::RawValueRole).toDouble();
    auto* filter = child<QLineEdit>("filterEdit");
    for (const char* query : {"ASİSTAN", "ASISTAN", "asistan", "asıstan", "istanbul", "İSTANBUL"}) {
        filter->setText(QString::fromUtf8(query));
        EXPECT_EQ(names(model), QStringList{Ceviri}) << query;
        EXPECT_DOUBLE_EQ(model->index(0, RankingTableModel::ScoreColumn).data(RankingTableModel::RawValueRole).toDouble(),
                         ceviriScore);
        EXPECT_EQ(model->index(0, RankingTableModel::RankColumn).data(RankingTableModel::RawValueRole).toInt(), 3);
    }
    filter->setText(QStringLiteral("xyz"));
    EXPECT_EQ(model->rowCount(), 0);
    filter->clear();
    EXPECT_EQ(model->rowCount(), 3);
    EXPECT_EQ(names(model), (QStringList{Alpha, Bravo, Ceviri}));
    ASSERT_EQ(window.ranking().rows.size(), before.size());
    for (std::size_t i = 0; i < before.size(); ++i)
        EXPECT_EQ(window.ranking().rows[i].score, before[i].score);
}

TEST_F(ScenarioTest, KindFilterShowsOneKind)
{
    ASSERT_TRUE(window.loadCatalog(testData("three_by_three.json")));
    auto* kinds = child<QComboBox>("kindFilterBox");
    ASSERT_EQ(kinds->count(), 4);
    EXPECT_EQ(kinds->itemText(0), QStringLiteral("All kinds"));
    EXPECT_EQ(kinds->itemText(1), QStringLiteral("Local model"));
    EXPECT_EQ(kinds->itemText(2), QStringLiteral("Online model API"));
    EXPECT_EQ(kinds->itemText(3), QStringLiteral("Character service"));
    QAbstractItemModel* model = window.rankingModel();
    kinds->setCurrentIndex(1);
    EXPECT_EQ(names(model), QStringList{Ceviri});
    kinds->setCurrentIndex(2);
    EXPECT_EQ(names(model), QStringList{Bravo});
    kinds->setCurrentIndex(3);
    EXPECT_EQ(names(model), QStringList{Alpha});
    // Both filters at once: a character service named like Çeviri does not exist.
    child<QLineEdit>("filterEdit")->setText(QStringLiteral("asistan"));
    EXPECT_EQ(model->rowCount(), 0);
    kinds->setCurrentIndex(0);
    EXPECT_EQ(names(model), QStringList{Ceviri});
}

// Dominance: with price alone weighed, Çeviri (price 0) dominates Alpha and Bravo.
TEST_F(ScenarioTest, NotesColumnNamesTheDominatingAlternative)
{
    ASSERT_TRUE(window.loadCatalog(testData("three_by_three.json")));
    pickProfile(QStringLiteral("price_only"));
    QAbstractItemModel* model = window.rankingModel();
    const QString expected = QStringLiteral("dominated by ") + Ceviri;
    EXPECT_EQ(model->index(rowNamed(model, Alpha), RankingTableModel::NotesColumn).data().toString(), expected);
    EXPECT_EQ(model->index(rowNamed(model, Bravo), RankingTableModel::NotesColumn).data().toString(), expected);
    EXPECT_TRUE(model->index(rowNamed(model, Ceviri), RankingTableModel::NotesColumn).data().toString().isEmpty());
    EXPECT_EQ(model->headerData(RankingTableModel::NotesColumn, Qt::Horizontal).toString(), QStringLiteral("Notes"));

    // Weighing quota too: nobody dominates Bravo (most quota) any more.
    pickProfile(QStringLiteral("quota_first"));
    EXPECT_TRUE(model->index(rowNamed(model, Bravo), RankingTableModel::NotesColumn).data().toString().isEmpty());
}

// Missing facts: the score cell shows the interval; complete rows show the score alone.
TEST_F(ScenarioTest, ScoreShowsItsIntervalWhenFactsAreMissing)
{
    ASSERT_TRUE(window.loadCatalog(testData("three_by_three.json")));
    QAbstractItemModel* model = window.rankingModel();
    const QLocale locale;
    const QString interval = QStringLiteral("%1 (%2–%3)").arg(locale.toString(25.0, 'f', 1), locale.toString(25.0, 'f', 1),
                                                              locale.toString(50.0, 'f', 1));
    EXPECT_EQ(model->index(rowNamed(model, Ceviri), RankingTableModel::ScoreColumn).data().toString(), interval);
    EXPECT_EQ(model->index(rowNamed(model, Alpha), RankingTableModel::ScoreColumn).data().toString(),
              locale.toString(70.0, 'f', 1));
    EXPECT_NEAR(model->index(rowNamed(model, Ceviri), RankingTableModel::ScoreColumn)
                    .data(RankingTableModel::ScoreHighRole)
                    .toDouble(),
                0.5, 1e-12);
    // Fixed row heights.
    auto* view = child<QTableView>("rankingView");
    EXPECT_EQ(view->verticalHeader()->sectionResizeMode(0), QHeaderView::Fixed);
}

// Usage: the details pane shows the core's cost sentence; the cost criteria rank on the
// projections.
TEST_F(ScenarioTest, UsageProjectionShowsTheCostExplanation)
{
    ASSERT_TRUE(window.loadCatalog(guitest::bundledCatalog()));
    auto* usage = window.findChild<ms::gui::UsageEditor*>();
    ASSERT_NE(usage, nullptr);
    EXPECT_EQ(usage->inputs(), ms::UsageScenario{});
    EXPECT_FALSE(window.scenario().usage.has_value());
    auto* pane = window.findChild<ms::gui::DetailsPane*>();
    ASSERT_NE(pane, nullptr);
    EXPECT_TRUE(pane->costPanel()->isHidden());

    usage->enabledBox()->setChecked(true);
    ASSERT_TRUE(window.scenario().usage.has_value());
    EXPECT_EQ(*window.scenario().usage, ms::UsageScenario{});

    const ms::Catalog& catalog = *window.catalog();
    std::size_t openai = catalog.alternatives.size();
    for (std::size_t i = 0; i < catalog.alternatives.size(); ++i) {
        if (catalog.alternatives[i].id == "openai")
            openai = i;
    }
    ASSERT_LT(openai, catalog.alternatives.size());
    const std::vector<ms::CostProjection> projections = ms::projectUsageCost(catalog, ms::UsageScenario{});
    const QString expected = QString::fromStdString(projections[openai].explanation);
    ASSERT_FALSE(expected.isEmpty());

    QAbstractItemModel* model = window.rankingModel();
    const int row = rowNamed(model, QString::fromStdString(catalog.alternatives[openai].name));
    ASSERT_GE(row, 0);
    child<QTableView>("rankingView")->setCurrentIndex(model->index(row, RankingTableModel::NameColumn));
    EXPECT_FALSE(pane->costPanel()->isHidden());
    EXPECT_EQ(pane->costExplanationLabel()->text(), expected);

    // The ranking is the engine's on the projected catalog.
    const ms::Catalog projected = ms::withProjectedCosts(catalog, ms::UsageScenario{});
    const auto engine = std::get<ms::Ranking>(ms::rankAlternatives(projected, window.scenario()));
    ASSERT_EQ(window.ranking().rows.size(), engine.rows.size());
    for (std::size_t i = 0; i < engine.rows.size(); ++i) {
        EXPECT_EQ(window.ranking().rows[i].alternativeIndex, engine.rows[i].alternativeIndex);
        EXPECT_DOUBLE_EQ(window.ranking().rows[i].score, engine.rows[i].score);
    }

    // The author's key: the explanation follows.
    usage->payerBox()->setCurrentIndex(usage->payerBox()->findData(static_cast<int>(ms::Payer::Author)));
    ms::UsageScenario authorPays;
    authorPays.payer = ms::Payer::Author;
    EXPECT_EQ(pane->costExplanationLabel()->text(),
              QString::fromStdString(ms::projectUsageCost(catalog, authorPays)[openai].explanation));

    usage->enabledBox()->setChecked(false);
    EXPECT_FALSE(window.scenario().usage.has_value());
    EXPECT_TRUE(pane->costPanel()->isHidden());
}

// C15: the scenario comes back in a new window for the same catalog.
TEST_F(ScenarioTest, ScenarioIsRememberedForTheSameCatalog)
{
    ms::Scenario saved;
    {
        MainWindow first;
        first.setInteractive(false);
        ASSERT_TRUE(first.loadCatalog(testData("three_by_three.json")));
        auto* method = first.findChild<QComboBox*>(QStringLiteral("methodBox"));
        method->setCurrentIndex(method->findData(static_cast<int>(ms::Method::Topsis)));
        auto* e = first.findChild<ConstraintsEditor*>();
        ASSERT_TRUE(e->selectCriterion(QStringLiteral("quota")));
        e->operatorBox()->setCurrentIndex(0); // at least
        e->numberEditor()->setValue(40);
        e->addButton()->click();
        first.weightSlider(QStringLiteral("price"))->setValue(7);
        auto* usage = first.findChild<ms::gui::UsageEditor*>();
        usage->enabledBox()->setChecked(true);
        usage->playersBox()->setValue(2500);
        saved = first.scenario();
        ASSERT_EQ(saved.method, ms::Method::Topsis);
        ASSERT_EQ(saved.constraints.size(), 1u);
        ASSERT_TRUE(saved.usage.has_value());
    } // destroyed without a close event

    EXPECT_TRUE(QFileInfo::exists(ms::gui::lastScenarioPath()));
    MainWindow second;
    second.setInteractive(false);
    ASSERT_TRUE(second.loadCatalog(testData("three_by_three.json")));
    EXPECT_EQ(second.scenario(), saved);
    EXPECT_EQ(second.ranking().method, ms::Method::Topsis);
    EXPECT_EQ(second.findChild<QComboBox*>(QStringLiteral("methodBox"))->currentData().toInt(),
              static_cast<int>(ms::Method::Topsis));
    EXPECT_EQ(second.findChild<QComboBox*>(QStringLiteral("profileBox"))->currentText(), QStringLiteral("Custom"));
    EXPECT_EQ(second.weightSlider(QStringLiteral("price"))->value(), 7);
    EXPECT_EQ(second.findChild<ConstraintsEditor*>()->shownConstraints().size(), 1);
    EXPECT_TRUE(second.findChild<ms::gui::UsageEditor*>()->enabledBox()->isChecked());

    // Another catalog does not take it.
    MainWindow third;
    third.setInteractive(false);
    ASSERT_TRUE(third.loadCatalog(guitest::bundledCatalog()));
    EXPECT_EQ(third.scenario(), third.catalog()->profiles.front().scenario);
}

// C15: a truncated or broken scenario file is ignored with a note, never a crash.
TEST_F(ScenarioTest, TruncatedScenarioFileIsIgnored)
{
    const ms::Catalog catalog = loadOrDie(testData("three_by_three.json"));
    ms::Scenario scenario = catalog.profiles.back().scenario;
    scenario.method = ms::Method::Topsis;
    const std::string json = ms::scenarioToJson(scenario);
    const QString path = ms::gui::lastScenarioPath();
    ASSERT_TRUE(QDir().mkpath(QFileInfo(path).absolutePath()));
    for (const std::string& text : {json.substr(0, json.size() / 2), std::string("{\"format\": \"modelscout-scenario\"}"),
                                    std::string()}) {
        {
            QFile file(path);
            ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            file.write(text.data(), static_cast<qint64>(text.size()));
        }
        ms::gui::settings::lastScenarioCatalog.setValue(
            {QString::fromStdString(catalog.title), QString::fromStdString(catalog.version)});
        MainWindow fresh;
        fresh.setInteractive(false);
        ASSERT_TRUE(fresh.loadCatalog(testData("three_by_three.json")));
        EXPECT_EQ(fresh.scenario(), catalog.profiles.front().scenario) << text;
        EXPECT_EQ(fresh.rankingModel()->rowCount(), 3);
        const QString note = fresh.statusBar()->currentMessage();
        EXPECT_TRUE(note.contains(QStringLiteral("could not be read"))) << note.toStdString();
    }
}

// All weights zero (C05) is never saved: the last good scenario stays.
TEST_F(ScenarioTest, AllZeroWeightsAreNotSaved)
{
    {
        MainWindow first;
        first.setInteractive(false);
        ASSERT_TRUE(first.loadCatalog(testData("three_by_three.json")));
        first.weightSlider(QStringLiteral("voice"))->setValue(5);
    }
    const ms::Scenario good = [] {
        MainWindow probe;
        probe.setInteractive(false);
        EXPECT_TRUE(probe.loadCatalog(testData("three_by_three.json")));
        return probe.scenario();
    }();
    EXPECT_EQ(good.weights.at("voice"), 5.0);
    {
        MainWindow zero;
        zero.setInteractive(false);
        ASSERT_TRUE(zero.loadCatalog(testData("three_by_three.json")));
        for (const char* id : {"quota", "price", "voice"})
            zero.weightSlider(QString::fromLatin1(id))->setValue(0);
        EXPECT_TRUE(zero.ranking().rows.empty());
    }
    MainWindow after;
    after.setInteractive(false);
    ASSERT_TRUE(after.loadCatalog(testData("three_by_three.json")));
    EXPECT_EQ(after.scenario(), good);
}

// Keyboard: buddies, accessible names, the tab order around the table, Ctrl+F.
TEST_F(ScenarioTest, KeyboardReachesTheNewControls)
{
    ASSERT_TRUE(window.loadCatalog(testData("three_by_three.json")));
    EXPECT_EQ(child<QLabel>("methodLabel")->buddy(), child<QComboBox>("methodBox"));
    EXPECT_EQ(child<QLabel>("normalisationLabel")->buddy(), child<QComboBox>("normalisationBox"));
    EXPECT_EQ(child<QLabel>("missingLabel")->buddy(), child<QComboBox>("missingBox"));
    EXPECT_EQ(child<QLabel>("profileLabel")->buddy(), child<QComboBox>("profileBox"));
    for (const char* name : {"methodBox", "normalisationBox", "missingBox", "filterEdit", "kindFilterBox", "profileBox",
                             "constraintCriterionBox", "constraintOperatorBox", "constraintNumberEditor",
                             "addConstraintButton", "usageEnabledBox", "usagePlayersBox", "usageSessionsBox",
                             "usageMessagesBox", "usageTokensInBox", "usageTokensOutBox", "usagePayerBox",
                             "excludedTable"}) {
        auto* widget = child<QWidget>(name);
        ASSERT_NE(widget, nullptr) << name;
        EXPECT_FALSE(widget->accessibleName().isEmpty()) << name;
    }
    // Every page of the left panel has a mnemonic and a focusable button.
    auto* pages = child<QToolBox>("scenarioToolBox");
    for (int i = 0; i < pages->count(); ++i)
        EXPECT_TRUE(pages->itemText(i).contains(QLatin1Char('&'))) << pages->itemText(i).toStdString();
    EXPECT_EQ(pages->currentIndex(), 0); // weights open, the rest collapsed
    EXPECT_EQ(nextTabStop(child<QWidget>("filterEdit")), child<QWidget>("kindFilterBox"));
    EXPECT_EQ(nextTabStop(child<QWidget>("kindFilterBox")), child<QWidget>("rankingView"));
    EXPECT_EQ(nextTabStop(child<QWidget>("rankingView")), child<QWidget>("excludedTable"));
    QWidget* afterProfile = nextTabStop(child<QWidget>("profileBox"));
    ASSERT_NE(afterProfile, nullptr);
    EXPECT_TRUE(afterProfile->inherits("QToolBoxButton")) << afterProfile->metaObject()->className();

    window.show();
    window.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
    child<QWidget>("rankingView")->setFocus();
    QTest::keySequence(&window, QKeySequence::Find);
    EXPECT_TRUE(child<QLineEdit>("filterEdit")->hasFocus());

    // Alt+M opens the must-haves (a mnemonic "animates" its click, so wait for the page);
    // Return in the add row adds one.
    QTest::keyClick(&window, Qt::Key_M, Qt::AltModifier);
    EXPECT_TRUE(QTest::qWaitFor([pages] { return pages->currentIndex() == 1; }));
    ConstraintsEditor* e = editor();
    ASSERT_TRUE(e->selectCriterion(QStringLiteral("quota")));
    e->numberEditor()->setFocus();
    ASSERT_TRUE(e->numberEditor()->hasFocus());
    e->numberEditor()->selectAll();
    QTest::keyClicks(e->numberEditor(), QStringLiteral("40"));
    QTest::keyClick(e->numberEditor(), Qt::Key_Return);
    ASSERT_EQ(window.scenario().constraints.size(), 1u);
    EXPECT_EQ(window.scenario().constraints[0].toString(), "quota >= 40");
}

// The model and the filtering proxy pass QAbstractItemModelTester across exclusions,
// filters and kind filters; exclusions and filters never reset the model.
TEST(RankingProxyFilterTest, PassesModelTesterAcrossExclusionsAndFilters)
{
    const ms::Catalog catalog = loadOrDie(testData("three_by_three.json"));
    RankingTableModel model;
    RankingSortProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester modelTester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setCatalog(&catalog);
    proxy.sort(RankingTableModel::RankColumn, Qt::AscendingOrder);
    QSignalSpy resetSpy(&model, &QAbstractItemModel::modelReset);

    ms::Scenario scenario = catalog.profiles.front().scenario;
    const auto all = std::get<ms::Ranking>(ms::rankAlternatives(catalog, scenario));
    scenario.constraints.push_back(std::get<ms::Constraint>(ms::parseConstraint("voice == true", catalog)));
    const auto voiced = std::get<ms::Ranking>(ms::rankAlternatives(catalog, scenario));

    model.setRanking(all);
    EXPECT_EQ(names(&proxy), (QStringList{Alpha, Bravo, Ceviri}));
    model.setRanking(voiced);
    EXPECT_EQ(names(&proxy), QStringList{Alpha});
    EXPECT_EQ(model.rowCount(), 3); // the excluded keep their source rows, hidden
    EXPECT_FALSE(model.index(1, 0).data(RankingTableModel::RankedRole).toBool());
    model.setRanking(all);
    EXPECT_EQ(names(&proxy), (QStringList{Alpha, Bravo, Ceviri}));

    proxy.setFilterText(QStringLiteral("İSTANBUL"));
    EXPECT_EQ(names(&proxy), QStringList{Ceviri});
    proxy.setKindFilter(QStringLiteral("online_api"));
    EXPECT_EQ(proxy.rowCount(), 0);
    proxy.setFilterText(QString());
    EXPECT_EQ(names(&proxy), QStringList{Bravo});
    proxy.setKindFilter(QString());
    EXPECT_EQ(proxy.rowCount(), 3);
    model.clearRanking();
    EXPECT_EQ(proxy.rowCount(), 3);
    EXPECT_EQ(resetSpy.count(), 0);
}
