// SPDX-License-Identifier: MIT
// The ranked table's hot path (issue 5): a slider move on 10,000 and 100,000 generated
// alternatives -> scores recomputed (RankingEngine) -> the table model reordered in
// place (RankingTableModel::setEngine, one layoutChanged) -> the sorting proxy
// re-filtered (no sort: the view is sorted by rank) -> the QTableView laid out and
// repainted. Offscreen platform; each iteration waits until the view's viewport has
// painted. Figures: docs/performance.md, "Desktop app".
//
// Also: the same without the repaint (engine + model + proxy), and the whole main
// window's slider step (a weight slider moved -> ScenarioController -> MainWindow::rerank
// -> weights panel, status, details pane, table -> repainted window) at 10,000 and
// 100,000 alternatives.
#include <cstdlib>
#include <random>

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEvent>
#include <QHeaderView>
#include <QSlider>
#include <QTableView>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include "core/catalog/loader.h"
#include "generatedcatalog.h"
#include "core/decision/rankingengine.h"
#include "gui/mainwindow.h"
#include "gui/rankingsortproxy.h"
#include "gui/rankingtablemodel.h"
#include "gui/scorerangedelegate.h"
#include "gui/statictextdelegate.h"

namespace {

using bench::bundled;
using bench::generated;

/** Counts the paint events of a widget. */
class PaintCounter : public QObject
{
public:
    int paints = 0;
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint)
            ++paints;
        return QObject::eventFilter(watched, event);
    }
};

/** A table set up as MainWindow::setupView sets up the ranking view. */
struct Table {
    ms::gui::RankingTableModel model;
    ms::gui::RankingSortProxy proxy;
    QTableView view;
    ms::gui::ScoreRangeDelegate delegate;
    ms::gui::StaticTextDelegate textDelegate;
    PaintCounter counter;

    explicit Table(const ms::Catalog& catalog)
    {
        using ms::gui::RankingTableModel;
        proxy.setSourceModel(&model);
        view.setModel(&proxy);
        view.setSortingEnabled(true);
        view.sortByColumn(RankingTableModel::RankColumn, Qt::AscendingOrder);
        view.verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
        view.verticalHeader()->setDefaultSectionSize(view.fontMetrics().height() + 12);
        QHeaderView* header = view.horizontalHeader();
        header->setResizeContentsPrecision(0);
        // Text columns sized once (fitColumns), not on every re-rank, as MainWindow does.
        header->setSectionResizeMode(QHeaderView::Interactive);
        header->setSectionResizeMode(RankingTableModel::NameColumn, QHeaderView::Stretch);
        header->setSectionResizeMode(RankingTableModel::ScoreColumn, QHeaderView::Fixed);
        view.setItemDelegate(&textDelegate);
        view.setItemDelegateForColumn(RankingTableModel::ScoreColumn, &delegate);
        view.resize(1400, 900);
        model.setCatalog(&catalog);
        view.show();
        view.viewport()->installEventFilter(&counter);
        QApplication::processEvents();
    }

    /** Fits the text columns to the rows on screen (MainWindow::fitColumns). */
    void fitColumns()
    {
        using ms::gui::RankingTableModel;
        for (int column : {int(RankingTableModel::RankColumn), int(RankingTableModel::KindColumn),
                           int(RankingTableModel::CoverageColumn), int(RankingTableModel::NotesColumn),
                           int(RankingTableModel::StaleColumn), int(RankingTableModel::KeyFactsColumn)})
            view.resizeColumnToContents(column);
    }

    /** Processes events until the viewport has painted once more. */
    void waitForPaint()
    {
        const int before = counter.paints;
        for (int spin = 0; spin < 1000 && counter.paints == before; ++spin)
            QApplication::processEvents();
    }
};

void sliderToRepaintedTable(benchmark::State& state)
{
    const ms::Catalog catalog = generated(static_cast<std::size_t>(state.range(0)));
    const bool repaint = state.range(1) != 0;
    ms::Scenario scenario = catalog.profile("guide")->scenario;
    ms::RankingEngine engine;
    if (engine.prepare(catalog, scenario) || engine.rank(scenario.weights)) {
        state.SkipWithError("cannot rank");
        return;
    }
    Table table(catalog);
    table.model.setEngine(&engine);
    table.fitColumns();
    table.waitForPaint();
    double w = 1.0;
    double rankMs = 0.0, modelMs = 0.0, paintMs = 0.0;
    QElapsedTimer clock;
    for (auto _ : state) {
        clock.start();
        scenario.weights["free_quota"] = w; // a slider move
        w = w > 5 ? 1.0 : w + 0.5;
        if (engine.rank(scenario.weights)) {
            state.SkipWithError("cannot rank");
            return;
        }
        rankMs += static_cast<double>(clock.nsecsElapsed()) / 1e6;
        clock.start();
        table.model.setEngine(&engine);
        modelMs += static_cast<double>(clock.nsecsElapsed()) / 1e6;
        clock.start();
        if (repaint)
            table.waitForPaint();
        paintMs += static_cast<double>(clock.nsecsElapsed()) / 1e6;
    }
    const auto n = static_cast<double>(state.iterations());
    state.counters["rows shown"] = table.proxy.rowCount();
    // Wall-clock share of each step, ms per slider move.
    state.counters["engine_ms"] = rankMs / n;
    state.counters["model_proxy_ms"] = modelMs / n;
    state.counters["layout_paint_ms"] = paintMs / n;
}
/** The floor: repainting the same table without any change (update() + paint). */
void repaintOnly(benchmark::State& state)
{
    const ms::Catalog catalog = generated(static_cast<std::size_t>(state.range(0)));
    ms::Scenario scenario = catalog.profile("guide")->scenario;
    ms::RankingEngine engine;
    if (engine.prepare(catalog, scenario) || engine.rank(scenario.weights)) {
        state.SkipWithError("cannot rank");
        return;
    }
    Table table(catalog);
    table.model.setEngine(&engine);
    table.fitColumns();
    table.waitForPaint();
    for (auto _ : state) {
        table.view.viewport()->update();
        table.waitForPaint();
    }
}
BENCHMARK(repaintOnly)->Arg(10000)->ArgName("alternatives")->Unit(benchmark::kMillisecond);

BENCHMARK(sliderToRepaintedTable)
    ->ArgsProduct({{10000, 100000}, {0, 1}})
    ->ArgNames({"alternatives", "repaint"})
    ->Unit(benchmark::kMillisecond);

/** The whole window: a weight slider moved by one step (the weights panel, the scenario
 *  controller, MainWindow::rerank: engine, table, shares, status, excluded list, the
 *  details pane of the selected alternative), then events processed until the ranking
 *  view has repainted. The full ms::Ranking is not made (MainWindow::ranking() is lazy). */
void sliderInMainWindow(benchmark::State& state)
{
    // Handed over without a file: the JSON of 100,000 alternatives (about 630 MB) is
    // beyond the loader's 64 MB limit for a catalog file.
    ms::gui::MainWindow window;
    window.setInteractive(false);
    window.resize(1400, 900);
    window.show();
    window.showLoadedCatalog(generated(static_cast<std::size_t>(state.range(0))), {},
                             QDir::temp().filePath(QStringLiteral("bench-generated-catalog.json")));
    QApplication::processEvents();
    QSlider* slider = window.weightSlider(QStringLiteral("free_quota"));
    auto* view = window.findChild<QTableView*>(QStringLiteral("rankingView"));
    if (slider == nullptr || view == nullptr) {
        state.SkipWithError("no free_quota slider or ranking view");
        return;
    }
    PaintCounter counter;
    view->viewport()->installEventFilter(&counter);
    int value = slider->minimum() + 1;
    for (auto _ : state) {
        slider->setValue(value);
        value = value >= slider->maximum() - 1 ? slider->minimum() + 1 : value + 1;
        const int before = counter.paints;
        for (int spin = 0; spin < 1000 && counter.paints == before; ++spin)
            QApplication::processEvents();
    }
}
BENCHMARK(sliderInMainWindow)->Arg(10000)->Arg(100000)->ArgName("alternatives")->Unit(benchmark::kMillisecond)->Iterations(30);

} // namespace

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    // A settings folder of its own, so that no remembered scenario or layout interferes.
    static QTemporaryDir home;
    qputenv("HOME", home.path().toUtf8());
    qputenv("XDG_CONFIG_HOME", (home.path() + QStringLiteral("/config")).toUtf8());
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("ModelScoutBench"));
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
