// SPDX-License-Identifier: MIT
// Tests of the desktop GUI: the ranking model and proxy, and the main window driven
// through its sliders, headless (QT_QPA_PLATFORM=offscreen).

#include <cmath>
#include <cstdlib>
#include <string>
#include <variant>
#include <vector>

#include <gtest/gtest.h>

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QSignalSpy>
#include <QSlider>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QWindow>

#include "core/catalog/loader.h"
#include "core/decision/ranking.h"
#include "gui/detailspane.h"
#include "gui/mainwindow.h"
#include "gui/rankingsortproxy.h"
#include "gui/rankingtablemodel.h"
#include "guitestutil.h"

using ms::gui::MainWindow;
using ms::gui::RankingSortProxy;
using ms::gui::RankingTableModel;

namespace {

QString testData(const char* relative)
{
    return QStringLiteral(MODELSCOUT_TEST_DATA_DIR "/") + QString::fromUtf8(relative);
}

QString bundledCatalog()
{
    return QStringLiteral(MODELSCOUT_BUNDLED_DATA_DIR "/catalog.json");
}

QString nameAt(const QAbstractItemModel* model, int row)
{
    return model->index(row, RankingTableModel::NameColumn).data(Qt::DisplayRole).toString();
}

QStringList names(const QAbstractItemModel* model)
{
    QStringList list;
    for (int row = 0; row < model->rowCount(); ++row)
        list << nameAt(model, row);
    return list;
}

double rawScore(const QAbstractItemModel* model, int row)
{
    const QVariant raw = model->index(row, RankingTableModel::ScoreColumn).data(RankingTableModel::RawValueRole);
    EXPECT_TRUE(raw.isValid());
    EXPECT_EQ(raw.metaType().id(), QMetaType::Double);
    return raw.toDouble();
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

const QString Alpha = QStringLiteral("Alpha");
const QString Bravo = QStringLiteral("Bravo");
const QString Ceviri = QStringLiteral("Çeviri Asistanı");

/** A window that never blocks on a message box, with nothing remembered from earlier tests. */
class MainWindowTest : public ::testing::Test, protected guitest::RememberedStateReset
{
protected:
    void SetUp() override { window.setInteractive(false); }

    void setWeights(std::initializer_list<std::pair<const char*, int>> weights)
    {
        for (const auto& [id, value] : weights) {
            QSlider* slider = window.weightSlider(QString::fromLatin1(id));
            ASSERT_NE(slider, nullptr) << id;
            slider->setValue(value);
        }
    }

    QTableView* view() { return window.findChild<QTableView*>(QStringLiteral("rankingView")); }

    MainWindow window;
};

} // namespace

// (1) The model (and the proxy over it) pass QAbstractItemModelTester across a catalog
// reset and two re-ranks; a re-rank is one layoutChanged (the model keeps its rows in
// rank order), no reset and no dataChanged, and persistent indexes follow their alternative.
TEST(RankingTableModelTest, PassesModelTesterAcrossReRank)
{
    const ms::Catalog catalog = loadOrDie(testData("three_by_three.json"));
    ASSERT_EQ(catalog.alternatives.size(), 3u);

    RankingTableModel model;
    RankingSortProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester modelTester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    EXPECT_EQ(proxy.sortRole(), RankingTableModel::RawValueRole);

    model.setCatalog(&catalog);
    EXPECT_EQ(model.rowCount(), 3);
    EXPECT_EQ(model.columnCount(), RankingTableModel::ColumnCount);
    EXPECT_FALSE(model.index(0, RankingTableModel::ScoreColumn).data(RankingTableModel::RawValueRole).isValid());
    proxy.sort(RankingTableModel::RankColumn, Qt::AscendingOrder);

    QSignalSpy resetSpy(&model, &QAbstractItemModel::modelReset);
    QSignalSpy dataSpy(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy layoutSpy(&model, &QAbstractItemModel::layoutChanged);
    model.setRanking(rankOrDie(catalog, {{"quota", 2}, {"price", 1}, {"voice", 1}}));
    EXPECT_EQ(resetSpy.count(), 0);
    EXPECT_EQ(dataSpy.count(), 0);
    EXPECT_EQ(layoutSpy.count(), 1);
    EXPECT_EQ(names(&proxy), (QStringList{Alpha, Bravo, Ceviri}));

    const QPersistentModelIndex alpha = proxy.index(0, RankingTableModel::NameColumn);
    ASSERT_EQ(alpha.data().toString(), Alpha);

    model.setRanking(rankOrDie(catalog, {{"price", 1}}));
    EXPECT_EQ(resetSpy.count(), 0);
    EXPECT_EQ(dataSpy.count(), 0);
    EXPECT_EQ(layoutSpy.count(), 2);
    EXPECT_EQ(names(&proxy), (QStringList{Ceviri, Alpha, Bravo}));
    ASSERT_TRUE(alpha.isValid());
    EXPECT_EQ(alpha.row(), 1);
    EXPECT_EQ(alpha.data().toString(), Alpha);
    EXPECT_EQ(proxy.index(0, RankingTableModel::RankColumn).data(RankingTableModel::RawValueRole).toInt(), 1);

    model.clearRanking();
    EXPECT_FALSE(proxy.index(0, RankingTableModel::ScoreColumn).data(RankingTableModel::RawValueRole).isValid());
    model.setCatalog(nullptr);
    EXPECT_EQ(proxy.rowCount(), 0);
}

// (2) The window ranks three_by_three.json by its sliders: 2/1/1 gives Alpha 0.70,
// Bravo 0.55, Çeviri 0.25; price alone gives Çeviri, Alpha, Bravo. The model shown is
// checked by the model tester throughout, and the selected alternative stays selected.
TEST_F(MainWindowTest, SlidersReRankThreeByThree)
{
    QAbstractItemModelTester tester(window.rankingModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_TRUE(window.loadCatalog(testData("three_by_three.json")));
    ASSERT_NE(window.catalog(), nullptr);
    EXPECT_EQ(window.windowTitle(),
              QStringLiteral("ModelScout — Three alternatives, three criteria (hand-worked WSM fixture)"));

    setWeights({{"quota", 2}, {"price", 1}, {"voice", 1}});
    QAbstractItemModel* model = window.rankingModel();
    ASSERT_EQ(model->rowCount(), 3);
    EXPECT_EQ(names(model), (QStringList{Alpha, Bravo, Ceviri}));
    EXPECT_NEAR(rawScore(model, 0), 0.70, 1e-9);
    EXPECT_NEAR(rawScore(model, 1), 0.55, 1e-9);
    EXPECT_NEAR(rawScore(model, 2), 0.25, 1e-9);
    EXPECT_EQ(model->index(0, RankingTableModel::ScoreColumn).data().toString(), QLocale().toString(70.0, 'f', 1));

    // Select Bravo; re-ranking must keep it selected.
    QTableView* table = view();
    ASSERT_NE(table, nullptr);
    table->setCurrentIndex(model->index(1, RankingTableModel::NameColumn));
    ASSERT_EQ(table->currentIndex().data().toString(), Bravo);

    QSignalSpy rankingSpy(&window, &MainWindow::rankingChanged);
    setWeights({{"price", 10}});
    EXPECT_EQ(rankingSpy.count(), 1); // at once, no timer
    setWeights({{"quota", 0}, {"voice", 0}});
    EXPECT_EQ(names(model), (QStringList{Ceviri, Alpha, Bravo}));
    EXPECT_NEAR(rawScore(model, 0), 1.0, 1e-9);
    EXPECT_NEAR(rawScore(model, 1), 0.8, 1e-9);
    EXPECT_NEAR(rawScore(model, 2), 0.2, 1e-9);

    EXPECT_EQ(table->currentIndex().data().toString(), Bravo);
    const QModelIndexList selected = table->selectionModel()->selectedRows(RankingTableModel::NameColumn);
    ASSERT_EQ(selected.size(), 1);
    EXPECT_EQ(selected.first().data().toString(), Bravo);
    auto* nameLabel = window.findChild<QLabel*>(QStringLiteral("detailsNameLabel"));
    ASSERT_NE(nameLabel, nullptr);
    EXPECT_EQ(nameLabel->text(), Bravo);
}

// During a slider drag the details pane follows at most every 80 ms (its chart costs more
// than the re-rank at 100,000 rows); it always ends on the latest ranking.
TEST_F(MainWindowTest, DetailsPaneFollowsASliderDragAfterAMoment)
{
    ASSERT_TRUE(window.loadCatalog(testData("three_by_three.json")));
    setWeights({{"quota", 2}, {"price", 1}, {"voice", 1}});
    QTest::qWait(120); // let any pending update run
    auto* scoreLabel = window.findChild<QLabel*>(QStringLiteral("detailsScoreLabel"));
    ASSERT_NE(scoreLabel, nullptr);
    // Alpha is first and selected: 0.70 under these weights.
    EXPECT_TRUE(scoreLabel->text().contains(QLocale().toString(70.0, 'f', 1))) << scoreLabel->text().toStdString();

    setWeights({{"quota", 0}, {"voice", 0}}); // price only: Alpha scores 0.8
    QTRY_VERIFY_WITH_TIMEOUT(scoreLabel->text().contains(QLocale().toString(80.0, 'f', 1)), 2000);
    EXPECT_FALSE(scoreLabel->text().contains(QLocale().toString(70.0, 'f', 1)));
}

// The slider and its spin box follow each other; a moved slider makes the profile "Custom".
TEST_F(MainWindowTest, SpinBoxFollowsSliderAndProfileBecomesCustom)
{
    ASSERT_TRUE(window.loadCatalog(testData("three_by_three.json")));
    auto* profiles = window.findChild<QComboBox*>(QStringLiteral("profileBox"));
    ASSERT_NE(profiles, nullptr);
    EXPECT_EQ(profiles->currentText(), QStringLiteral("Quota first"));
    QSlider* quota = window.weightSlider(QStringLiteral("quota"));
    ASSERT_NE(quota, nullptr);
    EXPECT_EQ(quota->value(), 2);
    EXPECT_FALSE(quota->accessibleName().isEmpty());
    EXPECT_EQ(window.weightSlider(QStringLiteral("QUOTA")), nullptr); // ids are byte-wise (C01)

    QSpinBox* spin = nullptr;
    for (QSpinBox* candidate : window.findChildren<QSpinBox*>()) {
        if (candidate->accessibleName().contains(QStringLiteral("Free quota")))
            spin = candidate;
    }
    ASSERT_NE(spin, nullptr);
    EXPECT_EQ(spin->value(), 2);
    spin->setValue(7);
    EXPECT_EQ(quota->value(), 7);
    EXPECT_EQ(profiles->currentText(), QStringLiteral("Custom"));
    quota->setValue(3);
    EXPECT_EQ(spin->value(), 3);

    // Picking a profile sets every slider from it.
    const int priceOnly = profiles->findText(QStringLiteral("Price only"));
    ASSERT_GE(priceOnly, 0);
    profiles->setCurrentIndex(priceOnly);
    Q_EMIT profiles->activated(priceOnly);
    EXPECT_EQ(window.weightSlider(QStringLiteral("price"))->value(), 1);
    EXPECT_EQ(quota->value(), 0);
    EXPECT_EQ(nameAt(window.rankingModel(), 0), Ceviri);
}

// (3) The bundled catalog: 29 alternatives; weighting only `offline` changes the top row.
TEST_F(MainWindowTest, BundledCatalogTopRowFollowsOfflineWeight)
{
    ASSERT_TRUE(window.loadCatalog(bundledCatalog())) << bundledCatalog().toStdString();
    QAbstractItemModel* model = window.rankingModel();
    ASSERT_EQ(model->rowCount(), 29);
    const QString top = nameAt(model, 0);
    ASSERT_FALSE(top.isEmpty());

    ASSERT_NE(window.weightSlider(QStringLiteral("offline")), nullptr);
    window.weightSlider(QStringLiteral("offline"))->setValue(10);
    for (const ms::Criterion& criterion : window.catalog()->criteria) {
        if (criterion.id != "offline")
            window.weightSlider(QString::fromStdString(criterion.id))->setValue(0);
    }
    EXPECT_NE(nameAt(model, 0), top);
    EXPECT_NEAR(rawScore(model, 0), 1.0, 1e-9); // an alternative that runs offline
    EXPECT_EQ(model->index(0, RankingTableModel::RankColumn).data(RankingTableModel::RawValueRole).toInt(), 1);
}

// A profile whose weights do not fit the 0..10 sliders exactly (the guide's has 1.5 and
// 0.5) ranks with its exact weights, so the window agrees with the CLI and the report.
TEST_F(MainWindowTest, GuideProfileScoresMatchTheEngineExactly)
{
    ASSERT_TRUE(window.loadCatalog(bundledCatalog()));
    const ms::Catalog& catalog = *window.catalog();
    const ms::Profile* guide = catalog.profile("guide");
    ASSERT_NE(guide, nullptr);
    auto* profiles = window.findChild<QComboBox*>(QStringLiteral("profileBox"));
    ASSERT_NE(profiles, nullptr);
    const int index = profiles->findData(QStringLiteral("guide"));
    ASSERT_GE(index, 0);
    profiles->setCurrentIndex(index);
    Q_EMIT profiles->activated(index);

    const auto expected = std::get<ms::Ranking>(ms::rankWeightedSum(catalog, guide->scenario.weights));
    QAbstractItemModel* model = window.rankingModel();
    ASSERT_EQ(model->rowCount(), 29);
    for (int row = 0; row < 29; ++row)
        EXPECT_NEAR(rawScore(model, row), expected.rows[static_cast<std::size_t>(row)].score, 1e-12) << row;
    EXPECT_EQ(nameAt(model, 0), QStringLiteral("Inworld AI"));

    // Moving a slider away from its rounded value makes that one weight the slider's.
    QSlider* lipSync = window.weightSlider(QStringLiteral("lip_sync"));
    ASSERT_NE(lipSync, nullptr);
    lipSync->setValue(lipSync->value() + 1);
    EXPECT_EQ(profiles->currentText(), QStringLiteral("Custom"));
    EXPECT_NE(rawScore(model, 0), expected.rows[0].score);
}

// (4) A broken file is refused (C06, C20) and the previous catalog stays in use.
TEST_F(MainWindowTest, BrokenCatalogKeepsPreviousOne)
{
    ASSERT_TRUE(window.loadCatalog(testData("three_by_three.json")));
    const ms::Catalog* before = window.catalog();
    const std::string title = before->title;
    const QString windowTitle = window.windowTitle();

    QSignalSpy failed(&window, &MainWindow::catalogLoadFailed);
    const QStringList broken{testData("cases/number-overflow.json"), testData("cases/deep-nesting.json"),
                             testData("invalid/gpt4all_2023-07-27_trailing_comma.json"),
                             testData("does-not-exist.json")};
    for (const QString& path : broken) {
        EXPECT_FALSE(window.loadCatalog(path)) << path.toStdString();
        EXPECT_EQ(window.catalog(), before);
        EXPECT_EQ(window.catalog()->title, title);
        EXPECT_EQ(window.rankingModel()->rowCount(), 3);
        EXPECT_EQ(window.windowTitle(), windowTitle);
    }
    ASSERT_EQ(failed.count(), broken.size());
    const QString overflowMessage = failed.at(0).at(1).toString();
    EXPECT_TRUE(overflowMessage.contains(QStringLiteral("number-overflow.json"))) << overflowMessage.toStdString();
    EXPECT_EQ(names(window.rankingModel()), (QStringList{Alpha, Bravo, Ceviri}));
}

// (5) C14: sorting the score column goes by the raw number, both ways.
TEST_F(MainWindowTest, ScoreColumnSortsNumerically)
{
    ASSERT_TRUE(window.loadCatalog(testData("three_by_three.json")));
    setWeights({{"quota", 2}, {"price", 1}, {"voice", 1}});
    QAbstractItemModel* model = window.rankingModel();
    auto* proxy = qobject_cast<QSortFilterProxyModel*>(model);
    ASSERT_NE(proxy, nullptr);
    EXPECT_EQ(proxy->sortRole(), RankingTableModel::RawValueRole);

    view()->sortByColumn(RankingTableModel::ScoreColumn, Qt::AscendingOrder);
    EXPECT_NEAR(rawScore(model, 0), 0.25, 1e-9);
    EXPECT_EQ(names(model), (QStringList{Ceviri, Bravo, Alpha}));
    view()->sortByColumn(RankingTableModel::ScoreColumn, Qt::DescendingOrder);
    EXPECT_EQ(names(model), (QStringList{Alpha, Bravo, Ceviri}));
}

// C14 with the case's own values, under the Turkish locale (display "2,5", "12,8"):
// scores proportional to the values sort in `sorted_ascending` order, not as text.
TEST(RankingSortProxyTest, SortsCaseValuesNumericallyUnderTurkishLocale)
{
    QFile file(testData("cases/numeric-sort.json"));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    const QJsonArray values = root.value(QStringLiteral("values")).toArray();
    const QJsonArray expected = root.value(QStringLiteral("sorted_ascending")).toArray();
    ASSERT_EQ(values.size(), 8);

    ms::Catalog catalog;
    catalog.title = "C14";
    ms::Criterion criterion;
    criterion.id = "v";
    criterion.label.en = "Value";
    criterion.unit = "units";
    criterion.lower = 0.0;
    criterion.upper = 100.0;
    catalog.criteria.push_back(criterion);
    catalog.sources.push_back({"s", "Source", "", "2026-11"});
    for (qsizetype i = 0; i < values.size(); ++i) {
        ms::Alternative alt;
        alt.id = "a" + std::to_string(i);
        alt.name = QString::number(values.at(i).toDouble(), 'g', 17).toStdString();
        alt.kind = "local_model";
        alt.status = "public";
        ms::Fact fact;
        fact.value = ms::FactValue::ofNumber(values.at(i).toDouble());
        fact.source = "s";
        fact.asOf = "2026-11";
        alt.facts["v"] = fact;
        catalog.alternatives.push_back(alt);
    }

    const QLocale previous;
    QLocale::setDefault(QLocale(QLocale::Turkish, QLocale::Turkey));
    RankingTableModel model;
    RankingSortProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setCatalog(&catalog);
    model.setRanking(rankOrDie(catalog, {{"v", 1}}));

    auto valueAt = [&proxy](int row) {
        // The model's rows are in rank order: the catalog index is a role.
        return proxy.index(row, 0).data(RankingTableModel::AlternativeIndexRole).toInt();
    };
    for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
        proxy.sort(RankingTableModel::ScoreColumn, order);
        for (int row = 0; row < proxy.rowCount(); ++row) {
            const int want = order == Qt::AscendingOrder ? row : proxy.rowCount() - 1 - row;
            const double value = values.at(valueAt(row)).toDouble();
            EXPECT_DOUBLE_EQ(value, expected.at(want).toDouble()) << "row " << row;
        }
    }
    // The display follows the locale (decimal comma); the sort did not use it.
    proxy.sort(RankingTableModel::ScoreColumn, Qt::DescendingOrder);
    EXPECT_EQ(proxy.index(1, RankingTableModel::ScoreColumn).data().toString(), QStringLiteral("12,8"));
    QLocale::setDefault(previous);
}

// (6) C19: catalog text that looks like markup is shown literally everywhere.
TEST_F(MainWindowTest, MarkupInCatalogTextIsShownLiterally)
{
    ASSERT_TRUE(window.loadCatalog(testData("rich_text_catalog.json")));
    const QString evil = QStringLiteral(R"(<img src="file:///etc/hostname"> Evil & Co)");
    QAbstractItemModel* model = window.rankingModel();
    int evilRow = -1;
    for (int row = 0; row < model->rowCount(); ++row) {
        if (nameAt(model, row) == evil)
            evilRow = row;
    }
    ASSERT_GE(evilRow, 0) << names(model).join(QLatin1Char('|')).toStdString();
    // "[*]" is Qt's modified marker in window titles: the shown title keeps it literally.
    window.winId();
    ASSERT_NE(window.windowHandle(), nullptr);
    EXPECT_EQ(window.windowHandle()->title(), QStringLiteral("ModelScout — Rich <b>text</b> & [*] injection (case C19)"));

    view()->setCurrentIndex(model->index(evilRow, RankingTableModel::NameColumn));
    auto* pane = window.findChild<ms::gui::DetailsPane*>();
    ASSERT_NE(pane, nullptr);
    EXPECT_EQ(pane->nameLabel()->textFormat(), Qt::PlainText);
    EXPECT_EQ(pane->nameLabel()->text(), evil);
    // A file: homepage is text, not a link.
    EXPECT_EQ(pane->homepageLabel()->textFormat(), Qt::PlainText);
    EXPECT_EQ(pane->homepageLabel()->text(), QStringLiteral("file:///etc/hostname"));
    EXPECT_FALSE(pane->homepageLabel()->openExternalLinks());

    // Every label is plain text; tooltips carry catalog text only escaped.
    auto checkEverything = [this] {
        for (QLabel* label : window.findChildren<QLabel*>()) {
            if (label->objectName() == QStringLiteral("detailsHomepageLabel") && label->textFormat() == Qt::RichText)
                continue;
            EXPECT_EQ(label->textFormat(), Qt::PlainText)
                << label->objectName().toStdString() << ": " << label->text().toStdString();
        }
        for (QWidget* widget : window.findChildren<QWidget*>())
            EXPECT_FALSE(widget->toolTip().contains(QStringLiteral("<img"))) << widget->toolTip().toStdString();
        for (QTableWidget* table : window.findChildren<QTableWidget*>()) {
            for (int r = 0; r < table->rowCount(); ++r) {
                for (int c = 0; c < table->columnCount(); ++c) {
                    if (const QTableWidgetItem* item = table->item(r, c)) {
                        EXPECT_FALSE(item->toolTip().contains(QStringLiteral("<img"))) << item->toolTip().toStdString();
                        EXPECT_FALSE(item->toolTip().contains(QStringLiteral("<b>"))) << item->toolTip().toStdString();
                    }
                }
            }
        }
    };
    checkEverything();

    // The other alternative has an http(s) homepage: a link, with the address escaped.
    const int otherRow = evilRow == 0 ? 1 : 0;
    view()->setCurrentIndex(model->index(otherRow, RankingTableModel::NameColumn));
    EXPECT_EQ(pane->nameLabel()->text(), QStringLiteral("Plain <b>bold?</b> name"));
    EXPECT_EQ(pane->homepageLabel()->textFormat(), Qt::RichText);
    EXPECT_EQ(pane->homepageLabel()->text(),
              QStringLiteral(R"(<a href="https://example.invalid/path?a=1&amp;b=2">https://example.invalid/path?a=1&amp;b=2</a>)"));
    checkEverything();
}

// C05: every weight zero gives no ranking, a visible note and no NaN; export is off.
TEST_F(MainWindowTest, AllWeightsZeroShowsNoteAndNoScores)
{
    ASSERT_TRUE(window.loadCatalog(testData("three_by_three.json")));
    auto* exportAction = window.findChild<QAction*>(QStringLiteral("actionExportPdf"));
    ASSERT_NE(exportAction, nullptr);
    EXPECT_TRUE(exportAction->isEnabled());
    setWeights({{"quota", 0}, {"price", 0}, {"voice", 0}});
    QAbstractItemModel* model = window.rankingModel();
    ASSERT_EQ(model->rowCount(), 3);
    for (int row = 0; row < model->rowCount(); ++row) {
        EXPECT_FALSE(model->index(row, RankingTableModel::ScoreColumn).data(RankingTableModel::RawValueRole).isValid());
        EXPECT_FALSE(model->index(row, RankingTableModel::ScoreColumn).data().toString().contains(QStringLiteral("nan"),
                                                                                                  Qt::CaseInsensitive));
    }
    auto* banner = window.findChild<QLabel*>(QStringLiteral("rankingBanner"));
    ASSERT_NE(banner, nullptr);
    EXPECT_FALSE(banner->isHidden());
    EXPECT_FALSE(exportAction->isEnabled());
    EXPECT_FALSE(window.exportPdf(QDir::temp().filePath(QStringLiteral("never.pdf"))).isEmpty());

    setWeights({{"price", 1}});
    EXPECT_TRUE(banner->isHidden());
    EXPECT_TRUE(exportAction->isEnabled());
    EXPECT_EQ(nameAt(model, 0), Ceviri);
}

// File > Export PDF writes a PDF of the ranking shown.
TEST_F(MainWindowTest, ExportPdfWritesAFile)
{
    ASSERT_TRUE(window.loadCatalog(testData("three_by_three.json")));
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("report.pdf"));
    const QString error = window.exportPdf(path);
    ASSERT_TRUE(error.isEmpty()) << error.toStdString();
    QFile pdf(path);
    ASSERT_TRUE(pdf.open(QIODevice::ReadOnly));
    EXPECT_TRUE(pdf.read(5).startsWith("%PDF-"));
}

// main() is in guitestmain.cpp.
