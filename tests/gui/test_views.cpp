// SPDX-License-Identifier: MIT
// Tests of the analysis views (compare, contribution chart, radar, sensitivity) and the
// weight dialogs (rank-order centroid, AHP), headless (QT_QPA_PLATFORM=offscreen).

#include <algorithm>
#include <cmath>
#include <memory>
#include <string>
#include <variant>
#include <vector>

#include <gtest/gtest.h>

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QBarSet>
#include <QChart>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QGraphicsScene>
#include <QGraphicsTextItem>
#include <QHorizontalStackedBarSeries>
#include <QLegend>
#include <QLegendMarker>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QSlider>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

#include "core/catalog/loader.h"
#include "core/decision/elicitation.h"
#include "core/decision/ranking.h"
#include "core/decision/sensitivity.h"
#include "gui/dialogs/ahpdialog.h"
#include "gui/dialogs/rocweightsdialog.h"
#include "gui/mainwindow.h"
#include "gui/views/comparemodel.h"
#include "gui/views/compareview.h"
#include "gui/views/contributionchart.h"
#include "gui/views/radarchart.h"
#include "gui/views/sensitivityview.h"
#include "gui/views/stabilitybar.h"

using ms::gui::AhpDialog;
using ms::gui::CompareModel;
using ms::gui::CompareView;
using ms::gui::ContributionChart;
using ms::gui::RocWeightsDialog;
using ms::gui::SensitivityView;

namespace {

QString testData(const char* relative)
{
    return QStringLiteral(MODELSCOUT_TEST_DATA_DIR "/") + QString::fromUtf8(relative);
}

QString bundledCatalog()
{
    return QStringLiteral(MODELSCOUT_BUNDLED_DATA_DIR "/catalog.json");
}

ms::Catalog loadOrDie(const QString& path)
{
    ms::CatalogLoadResult result = ms::loadCatalogFromFile(QFile::encodeName(path).toStdString());
    if (!result.ok()) {
        ADD_FAILURE() << ms::formatDiagnostics(result.diagnostics);
        return {};
    }
    return std::move(*result.catalog);
}

ms::Ranking rankOrDie(const ms::Catalog& catalog, const ms::Weights& weights)
{
    auto result = ms::rankWeightedSum(catalog, weights);
    if (auto* error = std::get_if<ms::RankingError>(&result)) {
        ADD_FAILURE() << error->message;
        return {};
    }
    return std::get<ms::Ranking>(std::move(result));
}

std::size_t alternativeIndex(const ms::Catalog& catalog, const std::string& id)
{
    for (std::size_t i = 0; i < catalog.alternatives.size(); ++i) {
        if (catalog.alternatives[i].id == id)
            return i;
    }
    ADD_FAILURE() << "no alternative " << id;
    return 0;
}

const ms::Weights FixtureWeights { { "quota", 2.0 }, { "price", 1.0 }, { "voice", 1.0 } };

/** Every text item the chart's scene draws, as the user reads it (plain text). */
QStringList shownTexts(QChartView& view)
{
    view.resize(1000, 560);
    view.grab(); // lays the chart out and creates its label items
    QStringList texts;
    const QList<QGraphicsItem*> items = view.scene()->items();
    for (QGraphicsItem* item : items) {
        if (auto* text = dynamic_cast<QGraphicsTextItem*>(item); text != nullptr && text->isVisible())
            texts << text->toPlainText();
    }
    return texts;
}

/** A catalog of four criteria a, b, c, d and one alternative, for the weight dialogs. */
ms::Catalog fourCriteria()
{
    ms::Catalog catalog;
    for (const char* id : { "a", "b", "c", "d" }) {
        ms::Criterion criterion;
        criterion.id = id;
        criterion.label.en = std::string("Criterion ") + id;
        criterion.type = ms::CriterionType::Boolean;
        catalog.criteria.push_back(criterion);
    }
    return catalog;
}

} // namespace

// (1) The compare model passes QAbstractItemModelTester and shows the fixture's facts
// with units; the best value of each row is marked; the explanation is the designed
// sentence with the numbers worked out by hand.
//
// Weights 2/1/1 normalise to 0.5/0.25/0.25. Alpha: quota 50/100 -> 0.25, price 2 of
// [0, 10] (cost) -> 0.8 * 0.25 = 0.20, voice yes -> 0.25: 0.70. Bravo: 1.0 * 0.5 = 0.50,
// price 8 -> 0.2 * 0.25 = 0.05, voice no -> 0: 0.55. Alpha - Bravo = 0.15 = +0.25 voice
// +0.15 price -0.25 quota, i.e. 15.0 points = 25.0 + 15.0 - 25.0.
TEST(CompareViewTest, FixtureCellsBestValuesAndExplanation)
{
    const ms::Catalog catalog = loadOrDie(testData("three_by_three.json"));
    const ms::Ranking ranking = rankOrDie(catalog, FixtureWeights);
    ASSERT_EQ(ranking.rows.size(), 3u);

    CompareView view;
    QAbstractItemModelTester tester(view.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy resets(view.model(), &QAbstractItemModel::modelReset);

    const std::size_t alpha = alternativeIndex(catalog, "alpha");
    const std::size_t bravo = alternativeIndex(catalog, "bravo");
    // Given in the wrong order: the view orders by rank.
    view.setSelection(catalog, ranking, { bravo, alpha, bravo });
    EXPECT_EQ(resets.count(), 1);

    const QAbstractItemModel* model = view.model();
    ASSERT_EQ(model->rowCount(), 3);
    ASSERT_EQ(model->columnCount(), 2);
    EXPECT_EQ(model->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Alpha"));
    EXPECT_EQ(model->headerData(1, Qt::Horizontal).toString(), QStringLiteral("Bravo"));
    EXPECT_EQ(model->headerData(0, Qt::Vertical).toString(), QStringLiteral("Free quota (50 %)"));

    const auto* compare = qobject_cast<const CompareModel*>(model);
    ASSERT_NE(compare, nullptr);
    const int quota = compare->rowOfCriterion(QStringLiteral("quota"));
    const int price = compare->rowOfCriterion(QStringLiteral("price"));
    const int voice = compare->rowOfCriterion(QStringLiteral("voice"));
    ASSERT_EQ(quota, 0); // heaviest first
    ASSERT_GE(price, 0);
    ASSERT_GE(voice, 0);

    EXPECT_EQ(model->index(quota, 0).data().toString(), QStringLiteral("50 messages/month"));
    EXPECT_EQ(model->index(quota, 1).data().toString(), QStringLiteral("100 messages/month"));
    EXPECT_EQ(model->index(price, 0).data().toString(), QStringLiteral("2 USD/month"));
    EXPECT_EQ(model->index(price, 1).data().toString(), QStringLiteral("8 USD/month"));
    EXPECT_EQ(model->index(voice, 0).data().toString(), QStringLiteral("yes"));
    EXPECT_EQ(model->index(voice, 1).data().toString(), QStringLiteral("no"));

    // Best per row: Bravo's quota, Alpha's price (a cost: lower is better) and voice.
    auto best
        = [model](int row, int column) { return model->index(row, column).data(CompareModel::IsBestRole).toBool(); };
    EXPECT_FALSE(best(quota, 0));
    EXPECT_TRUE(best(quota, 1));
    EXPECT_TRUE(best(price, 0));
    EXPECT_FALSE(best(price, 1));
    EXPECT_TRUE(best(voice, 0));
    EXPECT_FALSE(best(voice, 1));
    EXPECT_TRUE(model->index(quota, 1).data(Qt::FontRole).value<QFont>().bold());
    EXPECT_TRUE(model->index(quota, 1).data(Qt::BackgroundRole).isValid());
    EXPECT_FALSE(model->index(quota, 0).data(Qt::BackgroundRole).isValid());
    EXPECT_DOUBLE_EQ(model->index(quota, 0).data(CompareModel::RawValueRole).toDouble(), 0.5);

    EXPECT_EQ(view.explanationText(),
        QStringLiteral("Alpha ranks above Bravo by 15.0 points: it is better on Voice (yes vs no, +25.0) "
                       "and Price (2 USD/month vs 8 USD/month, +15.0); Bravo leads on Free quota "
                       "(100 messages/month vs 50 messages/month, +25.0)."));

    // The radar chart plots the same utilities, one closed line per alternative.
    ms::gui::RadarChart* radar = view.radarChart();
    EXPECT_EQ(radar->seriesNames(), (QStringList { QStringLiteral("Alpha"), QStringLiteral("Bravo") }));
    EXPECT_EQ(radar->spokeLabels(),
        (QStringList { QStringLiteral("Free quota"), QStringLiteral("Price"), QStringLiteral("Voice") }));
    EXPECT_DOUBLE_EQ(radar->value(0, 0), 0.5);
    EXPECT_DOUBLE_EQ(radar->value(0, 1), 0.8);
    EXPECT_DOUBLE_EQ(radar->value(1, 0), 1.0);
    EXPECT_DOUBLE_EQ(radar->value(1, 2), 0.0);
}

// (2) Three alternatives: one paragraph per neighbouring pair; a difference of 0 (both
// voices count 0: Çeviri's is unknown, pessimistic) is left out; an unknown fact shows
// as "unknown" and is never the best value.
// Bravo 0.55 - Çeviri 0.25 = 0.30 = +0.50 quota (1.0 vs 0) - 0.20 price (0.05 vs 0.25).
TEST(CompareViewTest, ThreeAlternativesGiveTwoParagraphs)
{
    const ms::Catalog catalog = loadOrDie(testData("three_by_three.json"));
    const ms::Ranking ranking = rankOrDie(catalog, FixtureWeights);
    CompareView view;
    QAbstractItemModelTester tester(view.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    view.setSelection(catalog, ranking,
        { alternativeIndex(catalog, "ceviri"), alternativeIndex(catalog, "alpha"),
            alternativeIndex(catalog, "bravo") });
    const QStringList paragraphs = view.explanationText().split(QStringLiteral("\n\n"));
    ASSERT_EQ(paragraphs.size(), 2);
    EXPECT_EQ(paragraphs[1],
        QStringLiteral("Bravo ranks above Çeviri Asistanı by 30.0 points: it is better on Free quota "
                       "(100 messages/month vs 0 messages/month, +50.0); Çeviri Asistanı leads on Price "
                       "(0 USD/month vs 8 USD/month, +20.0)."));

    const auto* compare = qobject_cast<const CompareModel*>(view.model());
    const int voice = compare->rowOfCriterion(QStringLiteral("voice"));
    const QModelIndex ceviriVoice = view.model()->index(voice, 2);
    EXPECT_EQ(ceviriVoice.data().toString(), QStringLiteral("unknown"));
    EXPECT_FALSE(ceviriVoice.data(CompareModel::IsBestRole).toBool());
    EXPECT_TRUE(view.model()->index(voice, 0).data(CompareModel::IsBestRole).toBool());

    view.clear();
    EXPECT_EQ(view.model()->rowCount(), 0);
}

// (3) Numbers go through QLocale(): under Turkish the decimal comma appears in the
// explanation and the stability numbers, while the catalog text stays as written.
TEST(CompareViewTest, NumbersFollowTheLocale)
{
    const ms::Catalog catalog = loadOrDie(testData("three_by_three.json"));
    const ms::Ranking ranking = rankOrDie(catalog, FixtureWeights);
    QLocale::setDefault(QLocale(QLocale::Turkish, QLocale::Turkey));
    struct Restore {
        ~Restore() { QLocale::setDefault(QLocale::c()); }
    } restore;

    CompareView view;
    view.setSelection(catalog, ranking, { alternativeIndex(catalog, "alpha"), alternativeIndex(catalog, "bravo") });
    EXPECT_TRUE(view.explanationText().startsWith(QStringLiteral("Alpha ranks above Bravo by 15,0 points")))
        << view.explanationText().toStdString();
    EXPECT_TRUE(view.explanationText().contains(QStringLiteral("(yes vs no, +25,0)")));

    ms::Scenario scenario;
    scenario.weights = FixtureWeights;
    auto result = ms::analyseSensitivity(catalog, scenario);
    ASSERT_TRUE(std::holds_alternative<ms::SensitivityReport>(result));
    SensitivityView sensitivity;
    sensitivity.setReport(catalog, std::get<ms::SensitivityReport>(result));
    EXPECT_TRUE(sensitivity.runnerUpText().contains(QStringLiteral("from 50,0 % to 61,5 %")))
        << sensitivity.runnerUpText().toStdString();
    EXPECT_TRUE(sensitivity.winCategories().contains(QStringLiteral("Çeviri Asistanı")));
}

// (4) The contribution chart shows the top ten of the bundled catalog under the guide
// profile: ten bars, one segment per weighted criterion, each bar as long as its score.
TEST(ContributionChartTest, BundledGuideShowsTenBars)
{
    const ms::Catalog catalog = loadOrDie(bundledCatalog());
    const ms::Profile* guide = catalog.profile("guide");
    ASSERT_NE(guide, nullptr);
    const ms::Ranking ranking = rankOrDie(catalog, guide->scenario.weights);
    ASSERT_GT(ranking.rows.size(), 10u);

    ContributionChart chart;
    chart.setRanking(catalog, ranking);
    EXPECT_EQ(chart.barCount(), 10);
    EXPECT_EQ(chart.axisCategories().size(), 10);

    int weighted = 0;
    for (double w : ranking.normalisedWeights)
        weighted += w > 0.0 ? 1 : 0;
    EXPECT_EQ(chart.segmentLabels().size(), weighted);

    const auto series = chart.chart()->series();
    ASSERT_EQ(series.size(), 1);
    auto* bars = qobject_cast<QHorizontalStackedBarSeries*>(series.front());
    ASSERT_NE(bars, nullptr);
    ASSERT_EQ(bars->barSets().size(), weighted);
    // Categories run bottom-up: index 9 is the top choice.
    for (int bar = 0; bar < 10; ++bar) {
        double sum = 0.0;
        for (QBarSet* set : bars->barSets())
            sum += set->at(9 - bar);
        EXPECT_NEAR(sum, ranking.rows[static_cast<std::size_t>(bar)].score * 100.0, 1e-9) << bar;
    }
    const QString topName = QString::fromStdString(catalog.alternatives[ranking.rows[0].alternativeIndex].name);
    EXPECT_EQ(chart.barLabels().front(), QStringLiteral("1. ") + topName);
}

// (5) Case C19: markup in alternative names and criterion labels is shown literally on
// the category axis and in the legend (Qt Charts renders labels as HTML, so the view
// escapes them), and no markup is interpreted anywhere in the drawn chart.
TEST(ContributionChartTest, RichTextNamesShowLiterally)
{
    const ms::Catalog catalog = loadOrDie(testData("rich_text_catalog.json"));
    const ms::Profile* profile = catalog.profile("evil_profile");
    ASSERT_NE(profile, nullptr);
    const ms::Ranking ranking = rankOrDie(catalog, profile->scenario.weights);

    ContributionChart chart;
    chart.setRanking(catalog, ranking);
    ASSERT_EQ(chart.barCount(), 2);
    const QString evil = QStringLiteral("1. <img src=\"file:///etc/hostname\"> Evil & Co");
    const QString plain = QStringLiteral("2. Plain <b>bold?</b> name");
    EXPECT_EQ(chart.barLabels(), (QStringList { evil, plain }));
    // What the axis is given is escaped: shown as text, never as markup.
    EXPECT_EQ(chart.axisCategories(), (QStringList { evil.toHtmlEscaped(), plain.toHtmlEscaped() }));

    QStringList legend;
    for (QLegendMarker* marker : chart.chart()->legend()->markers())
        legend << marker->label();
    EXPECT_TRUE(legend.contains(QStringLiteral("Quality <b>bold?</b>").toHtmlEscaped()))
        << legend.join(u'|').toStdString();

    const QStringList shown = shownTexts(chart);
    EXPECT_TRUE(shown.contains(evil)) << shown.join(u'|').toStdString();
    EXPECT_TRUE(shown.contains(plain)) << shown.join(u'|').toStdString();
    EXPECT_TRUE(shown.contains(QStringLiteral("Quality <b>bold?</b>"))) << shown.join(u'|').toStdString();
    EXPECT_TRUE(shown.contains(QStringLiteral("Voice &amp; <u>speech</u>"))) << shown.join(u'|').toStdString();
}

// (6) The radar chart shows rich-text names literally too.
TEST(RadarChartTest, RichTextNamesShowLiterally)
{
    const ms::Catalog catalog = loadOrDie(testData("rich_text_catalog.json"));
    const ms::Ranking ranking = rankOrDie(catalog, catalog.profile("evil_profile")->scenario.weights);
    ms::gui::RadarChart radar;
    radar.setAlternatives(catalog, ranking, { 0, 1 });
    ASSERT_EQ(radar.seriesNames().size(), 2);
    const QStringList shown = shownTexts(radar);
    EXPECT_TRUE(shown.contains(QStringLiteral("<img src=\"file:///etc/hostname\"> Evil & Co")))
        << shown.join(u'|').toStdString();
    EXPECT_TRUE(shown.contains(QStringLiteral("Quality <b>bold?</b>"))) << shown.join(u'|').toStdString();
}

// (7) Weights by ranking: the order a, b = c (tied), d gives the rank-order-centroid
// weights 25/48, 10/48, 10/48, 3/48 (Barron & Barrett 1996, ties share their positions).
// The order is made with the keyboard (Alt+Up) and the tie with the item's check box.
TEST(RocWeightsDialogTest, TiedOrderGivesCentroidWeights)
{
    const ms::Catalog catalog = fourCriteria();
    // The first order follows the current weights, heaviest first: d, c, b, a.
    RocWeightsDialog dialog(catalog, { { "a", 1 }, { "b", 2 }, { "c", 3 }, { "d", 4 } });
    QListWidget* list = dialog.rankedList();
    ASSERT_EQ(dialog.order(),
        (QStringList { QStringLiteral("d"), QStringLiteral("c"), QStringLiteral("b"), QStringLiteral("a") }));

    auto raise = [list](int row, int times) {
        list->setCurrentRow(row);
        for (int i = 0; i < times; ++i)
            QTest::keyClick(list, Qt::Key_Up, Qt::AltModifier);
    };
    raise(3, 3); // a, d, c, b
    raise(3, 2); // a, b, d, c
    raise(3, 1); // a, b, c, d
    ASSERT_EQ(dialog.order(),
        (QStringList { QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d") }));
    QTest::keyClick(list, Qt::Key_Down, Qt::AltModifier); // c is current: a, b, d, c
    QTest::keyClick(list, Qt::Key_Up, Qt::AltModifier); // and back
    ASSERT_EQ(dialog.order(),
        (QStringList { QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d") }));

    list->item(2)->setCheckState(Qt::Checked); // c ties with b
    QCoreApplication::processEvents();
    EXPECT_EQ(dialog.positions(), (std::vector<int> { 1, 2, 2, 4 }));

    QDialogButtonBox* buttons = dialog.findChild<QDialogButtonBox*>();
    ASSERT_NE(buttons, nullptr);
    buttons->button(QDialogButtonBox::Ok)->click();
    EXPECT_EQ(dialog.result(), QDialog::Accepted);

    const ms::Weights weights = dialog.weights();
    ASSERT_EQ(weights.size(), 4u);
    EXPECT_NEAR(weights.at("a"), 25.0 / 48.0, 1e-12);
    EXPECT_NEAR(weights.at("b"), 10.0 / 48.0, 1e-12);
    EXPECT_NEAR(weights.at("c"), 10.0 / 48.0, 1e-12);
    EXPECT_NEAR(weights.at("d"), 3.0 / 48.0, 1e-12);
    EXPECT_TRUE(dialog.previewText().contains(QStringLiteral("= 2. Criterion c 20.8 %")))
        << dialog.previewText().toStdString();
}

// (8) A criterion left out gets weight 0; the first criterion cannot tie with one above.
TEST(RocWeightsDialogTest, LeftOutCriterionGetsZero)
{
    const ms::Catalog catalog = fourCriteria();
    RocWeightsDialog dialog(catalog, { { "a", 3 }, { "b", 2 }, { "c", 1 }, { "d", 0 } });
    EXPECT_EQ(dialog.order(), (QStringList { QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c") }));
    ASSERT_EQ(dialog.leftOutList()->count(), 1);

    dialog.rankedList()->item(0)->setCheckState(Qt::Checked);
    QCoreApplication::processEvents();
    EXPECT_EQ(dialog.positions(), (std::vector<int> { 1, 2, 3 }));

    const ms::Weights weights = dialog.weights();
    // n = 3: 11/18, 5/18, 2/18.
    EXPECT_NEAR(weights.at("a"), 11.0 / 18.0, 1e-12);
    EXPECT_NEAR(weights.at("b"), 5.0 / 18.0, 1e-12);
    EXPECT_NEAR(weights.at("c"), 2.0 / 18.0, 1e-12);
    EXPECT_EQ(weights.at("d"), 0.0);

    // Equal current weights start tied.
    RocWeightsDialog tied(catalog, { { "a", 2 }, { "b", 2 }, { "c", 1 }, { "d", 1 } });
    EXPECT_EQ(tied.positions(), (std::vector<int> { 1, 1, 3, 3 }));
}

// (9) What drag and drop does to the lists' models (a move inside the ranked list, a
// drop from it onto the left-out list) updates the order, the ties and the weights.
TEST(RocWeightsDialogTest, DragAndDropMovesRefreshThePreview)
{
    const ms::Catalog catalog = fourCriteria();
    RocWeightsDialog dialog(catalog, { { "a", 4 }, { "b", 3 }, { "c", 2 }, { "d", 1 } });
    QAbstractItemModel* ranked = dialog.rankedList()->model();
    ASSERT_TRUE(ranked->moveRow(QModelIndex(), 3, QModelIndex(), 0)); // d to the top
    QCoreApplication::processEvents();
    EXPECT_EQ(dialog.order(),
        (QStringList { QStringLiteral("d"), QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c") }));
    EXPECT_NEAR(dialog.weights().at("d"), 25.0 / 48.0, 1e-12);

    // Drop "a" (tied with d) onto the left-out list, as a drag between the lists does.
    dialog.rankedList()->item(1)->setCheckState(Qt::Checked);
    std::unique_ptr<QMimeData> data(ranked->mimeData({ ranked->index(1, 0) }));
    ASSERT_TRUE(dialog.leftOutList()->model()->dropMimeData(data.get(), Qt::MoveAction, 0, 0, QModelIndex()));
    ASSERT_TRUE(ranked->removeRow(1));
    QCoreApplication::processEvents();
    EXPECT_EQ(dialog.order(), (QStringList { QStringLiteral("d"), QStringLiteral("b"), QStringLiteral("c") }));
    ASSERT_EQ(dialog.leftOutList()->count(), 1);
    EXPECT_FALSE(dialog.leftOutList()->item(0)->data(Qt::CheckStateRole).isValid()); // no tie box out there
    EXPECT_EQ(dialog.weights().at("a"), 0.0);
    EXPECT_NEAR(dialog.weights().at("d"), 11.0 / 18.0, 1e-12);
}

// (10) Weights by pairs on the fixture's three criteria: a12 = 3, a13 = 5, a23 = 3.
// Worked by hand (principal eigenvector): w ~ (0.637, 0.258, 0.105), lambda_max ~ 3.039,
// CI = (3.039 - 3) / 2 ~ 0.019, CR = CI / 0.58 ~ 0.033 -> acceptable, shown as "0.03".
TEST(AhpDialogTest, ConsistentJudgementsGiveCoreWeights)
{
    const ms::Catalog catalog = loadOrDie(testData("three_by_three.json"));
    AhpDialog dialog(catalog, FixtureWeights);
    ASSERT_EQ(dialog.criterionIds(),
        (QStringList { QStringLiteral("quota"), QStringLiteral("price"), QStringLiteral("voice") }));

    auto pick = [&dialog](int i, int j, int scale) {
        QComboBox* box = dialog.comparisonBox(i, j);
        ASSERT_NE(box, nullptr);
        const int index = box->findData(scale);
        ASSERT_GE(index, 0);
        box->setCurrentIndex(index);
    };
    pick(0, 1, 3);
    pick(0, 2, 5);
    pick(1, 2, 3);
    EXPECT_EQ(dialog.comparison(1, 0), 1.0 / 3.0);

    const std::vector<std::vector<double>> pairwise { { 1.0, 3.0, 5.0 }, { 1.0 / 3.0, 1.0, 3.0 },
        { 1.0 / 5.0, 1.0 / 3.0, 1.0 } };
    auto core = ms::analyticHierarchyProcess(pairwise);
    ASSERT_TRUE(std::holds_alternative<ms::AhpResult>(core));
    const ms::AhpResult& expected = std::get<ms::AhpResult>(core);
    EXPECT_NEAR(expected.weights[0], 0.637, 1e-3);
    EXPECT_NEAR(expected.weights[1], 0.258, 1e-3);
    EXPECT_NEAR(expected.weights[2], 0.105, 1e-3);
    EXPECT_NEAR(expected.consistencyRatio, 0.033, 1e-3);

    const ms::Weights weights = dialog.weights();
    ASSERT_EQ(weights.size(), 3u);
    EXPECT_NEAR(weights.at("quota"), expected.weights[0], 1e-12);
    EXPECT_NEAR(weights.at("price"), expected.weights[1], 1e-12);
    EXPECT_NEAR(weights.at("voice"), expected.weights[2], 1e-12);

    const QString cr = QLocale().toString(expected.consistencyRatio, 'f', 2);
    EXPECT_EQ(cr, QStringLiteral("0.03"));
    EXPECT_TRUE(dialog.consistencyText().contains(QStringLiteral("Consistency ratio: ") + cr))
        << dialog.consistencyText().toStdString();
    EXPECT_TRUE(dialog.warningText().isEmpty());
}

// (11) Inconsistent judgements (quota 9x price, price 9x voice, yet voice 9x quota) show
// the warning that names the most inconsistent pair by label (for n = 3, pair 1-2).
TEST(AhpDialogTest, InconsistentJudgementsShowWarning)
{
    const ms::Catalog catalog = loadOrDie(testData("three_by_three.json"));
    AhpDialog dialog(catalog, FixtureWeights);
    ASSERT_TRUE(dialog.setComparison(0, 1, 9.0));
    ASSERT_TRUE(dialog.setComparison(1, 2, 9.0));
    ASSERT_TRUE(dialog.setComparison(0, 2, 1.0 / 9.0));
    ASSERT_TRUE(dialog.result().has_value());
    EXPECT_GT(dialog.result()->consistencyRatio, 0.10);
    const QString warning = dialog.warningText();
    EXPECT_FALSE(warning.isEmpty());
    EXPECT_TRUE(warning.contains(QStringLiteral("Review the comparison of Free quota with Price.")))
        << warning.toStdString();
    EXPECT_TRUE(warning.contains(QLocale().toString(dialog.result()->consistencyRatio, 'f', 2)));
    // The weights are still offered: the warning asks for a review, it does not refuse.
    EXPECT_EQ(dialog.weights().size(), 3u);
}

// (12) The sensitivity view on the fixture: one row per criterion; the runner-up Bravo
// becomes first when the quota weight rises from 50 % to 8/13 = 61.5 %:
// Alpha(t) = 0.5 t + 0.9 (1 - t), Bravo(t) = t + 0.1 (1 - t), equal at t = 0.8 / 1.3.
TEST(SensitivityViewTest, FixtureRowsAndRunnerUp)
{
    const ms::Catalog catalog = loadOrDie(testData("three_by_three.json"));
    ms::Scenario scenario;
    scenario.weights = FixtureWeights;
    auto result = ms::analyseSensitivity(catalog, scenario);
    ASSERT_TRUE(std::holds_alternative<ms::SensitivityReport>(result));
    const ms::SensitivityReport& report = std::get<ms::SensitivityReport>(result);
    ASSERT_TRUE(report.runnerUp.has_value());
    EXPECT_NEAR(report.runnerUp->newWeight, 8.0 / 13.0, 1e-12);

    SensitivityView view;
    view.setReport(catalog, report);
    EXPECT_EQ(view.rowCount(), 3);
    EXPECT_EQ(view.rowLabel(0), QStringLiteral("Free quota"));
    const QString runnerUp = view.runnerUpText();
    EXPECT_TRUE(runnerUp.contains(QStringLiteral("Bravo"))) << runnerUp.toStdString();
    EXPECT_TRUE(runnerUp.contains(QStringLiteral("Free quota"))) << runnerUp.toStdString();
    EXPECT_TRUE(runnerUp.contains(QStringLiteral("from 50.0 % to 61.5 %"))) << runnerUp.toStdString();
    EXPECT_TRUE(view.rowText(0).startsWith(QStringLiteral("50.0 % · "))) << view.rowText(0).toStdString();

    // The bar of each row holds the report's numbers.
    const ms::StabilityInterval& quota = report.stability[0];
    ms::gui::StabilityBar* bar = view.rowBar(0);
    ASSERT_NE(bar, nullptr);
    EXPECT_DOUBLE_EQ(bar->weight(), quota.weight);
    EXPECT_DOUBLE_EQ(bar->highTop(), quota.highTop);
    EXPECT_DOUBLE_EQ(bar->lowTopThree(), quota.lowTopThree);

    // Win probabilities, most likely first, as percentages of the report's shares.
    ASSERT_FALSE(view.winCategories().isEmpty());
    const std::vector<double> percentages = view.winPercentages();
    double total = 0.0;
    for (double p : percentages)
        total += p;
    EXPECT_NEAR(total, 100.0, 1e-9);
    EXPECT_TRUE(std::is_sorted(percentages.rbegin(), percentages.rend()));
}

// (13) applyWeights sets the sliders (largest = 10, whole steps, a positive weight never
// 0) and re-ranks once.
TEST(MainWindowAnalysisTest, ApplyWeightsSetsSlidersAndRanksOnce)
{
    ms::gui::MainWindow window;
    window.setInteractive(false);
    ASSERT_TRUE(window.loadCatalog(testData("three_by_three.json")));
    QSignalSpy ranked(&window, &ms::gui::MainWindow::rankingChanged);
    window.applyWeights({ { "quota", 25.0 / 48.0 }, { "price", 1.0 / 48.0 }, { "voice", 10.0 / 48.0 } });
    EXPECT_EQ(ranked.count(), 1);
    EXPECT_EQ(window.weightSlider(QStringLiteral("quota"))->value(), 10);
    EXPECT_EQ(window.weightSlider(QStringLiteral("price"))->value(), 1);
    EXPECT_EQ(window.weightSlider(QStringLiteral("voice"))->value(), 4);
}

// (14) The Analysis menu that MainWindow's constructor sets up.
TEST(MainWindowAnalysisTest, AnalysisMenuHasItsActions)
{
    ms::gui::MainWindow window;
    window.setInteractive(false);
    auto* menu = window.findChild<QMenu*>(QStringLiteral("menuAnalysis"));
    ASSERT_NE(menu, nullptr) << "MainWindow's constructor must call setupAnalysisMenu()";
    ASSERT_TRUE(window.loadCatalog(testData("three_by_three.json")));
    // A scenario remembered from an earlier run (constraints, usage) must not matter.
    ms::Scenario scenario;
    scenario.weights = FixtureWeights;
    window.setScenario(scenario);
    ASSERT_EQ(window.ranking().rows.size(), 3u);
    auto action = [&window](const char* name) { return window.findChild<QAction*>(QString::fromLatin1(name)); };
    ASSERT_NE(action("actionCompareSelected"), nullptr);
    EXPECT_EQ(action("actionCompareSelected")->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_K));
    ASSERT_NE(action("actionSensitivity"), nullptr);
    EXPECT_EQ(action("actionSensitivity")->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    ASSERT_NE(action("actionWeightsByRanking"), nullptr);
    ASSERT_NE(action("actionWeightsByPairs"), nullptr);
    EXPECT_TRUE(action("actionCompareSelected")->isEnabled());

    // Compare opens a non-modal window with the selected row (here the top one) and the
    // next, and follows the ranking.
    auto* rankingView = window.findChild<QTableView*>(QStringLiteral("rankingView"));
    ASSERT_NE(rankingView, nullptr);
    rankingView->selectionModel()->setCurrentIndex(
        rankingView->model()->index(0, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    action("actionCompareSelected")->trigger();
    auto* compare = window.findChild<QDialog*>(QStringLiteral("compareDialog"));
    ASSERT_NE(compare, nullptr);
    EXPECT_FALSE(compare->isModal());
    EXPECT_TRUE(compare->isVisible());
    auto* view = compare->findChild<CompareView*>();
    ASSERT_NE(view, nullptr);
    EXPECT_EQ(view->model()->columnCount(), 2);
    EXPECT_TRUE(view->explanationText().startsWith(QStringLiteral("Alpha ranks above Bravo by 15.0 points")))
        << view->explanationText().toStdString();
    // Quota weight 0: Alpha 0.5 * 0.8 + 0.5 = 0.9, Bravo 0.5 * 0.2 = 0.1.
    window.weightSlider(QStringLiteral("quota"))->setValue(0);
    EXPECT_TRUE(view->explanationText().startsWith(QStringLiteral("Alpha ranks above Bravo by 80.0 points")))
        << view->explanationText().toStdString();

    // Sensitivity opens a non-modal window on the current scenario.
    window.weightSlider(QStringLiteral("quota"))->setValue(2);
    action("actionSensitivity")->trigger();
    auto* sensitivity = window.findChild<QDialog*>(QStringLiteral("sensitivityDialog"));
    ASSERT_NE(sensitivity, nullptr);
    EXPECT_FALSE(sensitivity->isModal());
    auto* sensitivityView = sensitivity->findChild<SensitivityView*>();
    ASSERT_NE(sensitivityView, nullptr);
    EXPECT_EQ(sensitivityView->rowCount(), 3);
    EXPECT_TRUE(sensitivityView->runnerUpText().contains(QStringLiteral("from 50.0 % to 61.5 %")))
        << sensitivityView->runnerUpText().toStdString();
    sensitivity->close();
    compare->close();
}

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true);
    ::testing::InitGoogleTest(&argc, argv);
    QApplication app(argc, argv);
    // The expected texts are written with '.' decimals whatever the shell's locale;
    // NumbersFollowTheLocale switches to Turkish on purpose.
    QLocale::setDefault(QLocale::c());
    QApplication::setOrganizationName(QStringLiteral("ModelScout"));
    QApplication::setApplicationName(QStringLiteral("ModelScout"));
    return RUN_ALL_TESTS();
}
