// SPDX-License-Identifier: MIT
#include "gui/mainwindow.h"

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <functional>
#include <string>
#include <variant>

#include <QAbstractButton>
#include <QCloseEvent>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QIcon>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPainter>
#include <QPixmap>
#include <QPolygonF>
#include <QShortcut>
#include <QSignalBlocker>
#include <QSlider>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QTableWidget>
#include <QToolBox>
#include <QVariantMap>

#include "core/catalog/loader.h"
#include "core/decision/usagecost.h"
#include "core/log/log.h"
#include "gui/catalogstore.h"
#include "gui/constraintseditor.h"
#include "gui/detailspane.h"
#include "gui/guisettings.h"
#include "gui/language.h"
#include "gui/rankingsortproxy.h"
#include "gui/rankingtablemodel.h"
#include "gui/scenariocontroller.h"
#include "gui/scenariostore.h"
#include "gui/scorebardelegate.h"
#include "gui/scorerangedelegate.h"
#include "gui/statictextdelegate.h"
#include "gui/textutil.h"
#include "gui/usageeditor.h"
#include "gui/weightspanel.h"
#include "report/pdfreport.h"

#include "ui_mainwindow.h"

namespace ms::gui {

namespace {

/** Calls a function when the watched widget is shown. */
class ShowWatcher : public QObject
{
public:
    ShowWatcher(std::function<void()> onShow, QObject* parent)
        : QObject(parent)
        , m_onShow(std::move(onShow))
    {
    }
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Show)
            m_onShow();
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<void()> m_onShow;
};

constexpr int DefaultWidth = 1360;
constexpr int DefaultHeight = 800;
constexpr int MaxDiagnosticsInBox = 12;
constexpr int MaxExcludedRowsShown = 4;

/** The left panel's pages, in QToolBox order. */
enum ScenarioPage { WeightsPage, ConstraintsPage, UsagePage, AdvancedPage };

/** The sentence-case form of a core description ("weighted sum (WSM)" → "Weighted sum (WSM)"). */
QString sentence(const std::string& text)
{
    QString result = qs(text);
    if (!result.isEmpty())
        result[0] = result[0].toUpper();
    return result;
}

/** A small triangle, pointing down for an open page and right for a closed one. */
QIcon disclosureIcon(bool open, const QColor& colour)
{
    constexpr int Size = 16;
    QPixmap pixmap(Size, Size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setPen(Qt::NoPen);
    painter.setBrush(colour);
    const QPolygonF triangle = open ? QPolygonF{{4.0, 6.5}, {12.0, 6.5}, {8.0, 11.5}}
                                    : QPolygonF{{6.0, 4.5}, {11.0, 8.5}, {6.0, 12.5}};
    painter.drawPolygon(triangle);
    painter.end();
    return QIcon(pixmap);
}

/** QToolBox's page buttons, in page order (Qt makes them; they are not focusable by default). */
QList<QAbstractButton*> toolBoxButtons(QToolBox* toolBox)
{
    QList<QAbstractButton*> buttons;
    for (QAbstractButton* button : toolBox->findChildren<QAbstractButton*>(QString(), Qt::FindDirectChildrenOnly)) {
        if (button->inherits("QToolBoxButton"))
            buttons << button;
    }
    return buttons;
}

/** A message box whose text is shown literally, whatever it contains. */
void showPlainMessage(QWidget* parent, QMessageBox::Icon icon, const QString& title, const QString& text,
                      const QString& details = {})
{
    QMessageBox box(icon, title, QString(), QMessageBox::Ok, parent);
    box.setTextFormat(Qt::PlainText);
    box.setText(text);
    if (!details.isEmpty())
        box.setDetailedText(details);
    box.exec();
}

} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
{
    m_ui->setupUi(this);
    setupView();
    setupActions();
    setupAnalysisMenu();
    setupCatalogMenus(); // File › Import, Edit (undo, your own figures), stale count (mainwindowcatalog.cpp)
    setupFileMenu(); // Open Scenario, Open Recent, Export Report, Print, icons, drops
    addLanguageMenu(this); // Settings › Language (language.h)
    restoreSettings();
    updateTitleAndStatus();
    m_ui->detailsPane->clear();
}

MainWindow::~MainWindow()
{
    // Remember the scenario even when the window goes without a close event.
    saveScenario();
    // The view and the model must let go of the catalog before it is destroyed.
    m_model->setCatalog(nullptr);
    m_scenarioController->setCatalog(nullptr);
}

void MainWindow::setupView()
{
    m_model = new RankingTableModel(this);
    m_proxy = new RankingSortProxy(this);
    m_proxy->setSourceModel(m_model);

    QTableView* view = m_ui->rankingView;
    view->setModel(m_proxy);
    view->sortByColumn(RankingTableModel::RankColumn, Qt::AscendingOrder);
    view->setTextElideMode(Qt::ElideRight);
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 12);

    QHeaderView* header = view->horizontalHeader();
    header->setSortIndicatorShown(true);
    header->setStretchLastSection(true); // the key facts take what is left
    header->setMinimumSectionSize(36);
    // The text columns fit their contents, but not on every re-rank: ResizeToContents
    // would measure every visible cell on each slider step. fitColumns() sizes them once
    // the ranking has stayed put for a moment (and the user may resize them).
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(RankingTableModel::ScoreColumn, QHeaderView::Fixed);
    // Fit the contents of the rows on screen only: with 100,000 rows Qt's default (1,000
    // rows) would format and measure thousands of cells.
    header->setResizeContentsPrecision(0);
    m_fitColumnsTimer = new QTimer(this);
    m_fitColumnsTimer->setSingleShot(true);
    m_fitColumnsTimer->setInterval(150);
    connect(m_fitColumnsTimer, &QTimer::timeout, this, &MainWindow::fitColumns);
    m_detailsTimer = new QTimer(this);
    m_detailsTimer->setSingleShot(true);
    m_detailsTimer->setInterval(80);
    connect(m_detailsTimer, &QTimer::timeout, this, &MainWindow::updateDetails);
    view->installEventFilter(new ShowWatcher([this] { fitColumns(); }, this));
    header->resizeSection(RankingTableModel::ScoreColumn,
                          view->fontMetrics().horizontalAdvance(QStringLiteral("Score 100.0")) + 60);

    // Text from a cache of laid-out text: the style would shape every cell on every paint.
    view->setItemDelegate(new StaticTextDelegate(view));
    // The bar sits behind the score; a whisker under it spans the range of unknown facts.
    m_scoreDelegate = new ScoreRangeDelegate(this);
    view->setItemDelegateForColumn(RankingTableModel::ScoreColumn, m_scoreDelegate);

    QFont headingFont = m_ui->rankingHeading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.15);
    m_ui->rankingHeading->setFont(headingFont);
    m_ui->scenarioHeading->setFont(headingFont);
    m_ui->rankingMethodLabel->setForegroundRole(QPalette::PlaceholderText);
    m_ui->advancedHint->setForegroundRole(QPalette::PlaceholderText);
    m_ui->advancedHint->setText(tr("Fixed bounds keep the order of the others when options are added, removed or "
                                   "left out. The other normalisations follow the alternatives ranked."));

    // The left panel: the profile on top, then one page at a time (weights open).
    m_scenarioController = new ScenarioController(
        {m_ui->profileBox, m_ui->weightsPanel, m_ui->methodBox, m_ui->normalisationBox, m_ui->missingBox,
         m_ui->constraintsEditor, m_ui->usageEditor},
        this);
    connect(m_scenarioController, &ScenarioController::scenarioChanged, this, [this] {
        Q_EMIT scenarioChanged();
        rerank();
    });
    m_ui->scenarioToolBox->setCurrentIndex(WeightsPage);
    for (QAbstractButton* button : toolBoxButtons(m_ui->scenarioToolBox)) {
        // Qt leaves the page buttons out of the tab chain; a keyboard user needs them.
        button->setFocusPolicy(Qt::TabFocus);
    }
    auto updatePageIcons = [this] {
        QToolBox* box = m_ui->scenarioToolBox;
        const QColor colour = box->palette().color(QPalette::ButtonText);
        for (int page = 0; page < box->count(); ++page)
            box->setItemIcon(page, disclosureIcon(page == box->currentIndex(), colour));
    };
    // Flat page headers: Fusion's slanted tabs read as tabs, not as sections.
    m_ui->scenarioToolBox->setStyleSheet(QStringLiteral(
        "QToolBox::tab { border: 1px solid palette(mid); border-radius: 3px; background: palette(button);"
        " padding: 2px 4px; }"
        "QToolBox::tab:selected { font-weight: 600; }"
        "QToolBox::tab:hover { background: palette(light); }"
        "QToolBox::tab:focus { border-color: palette(highlight); }"));
    connect(m_ui->scenarioToolBox, &QToolBox::currentChanged, this, updatePageIcons);
    updatePageIcons();

    // Filter and kind filter: they only hide rows, the ranking is the engine's.
    m_ui->filterEdit->setToolTip(tr("Shows the alternatives whose name, vendor or summary has every word you type (Ctrl+F)"));
    connect(m_ui->filterEdit, &QLineEdit::textChanged, this, &MainWindow::onFilterChanged);
    connect(m_ui->kindFilterBox, &QComboBox::currentIndexChanged, this, &MainWindow::onFilterChanged);
    auto* findShortcut = new QShortcut(QKeySequence::Find, this);
    connect(findShortcut, &QShortcut::activated, this, [this] {
        m_ui->filterEdit->setFocus(Qt::ShortcutFocusReason);
        m_ui->filterEdit->selectAll();
    });
    fillKindFilter();

    // The alternatives the must-haves left out, with the reason (plain text).
    QTableWidget* excluded = m_ui->excludedTable;
    excluded->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    excluded->verticalHeader()->setDefaultSectionSize(excluded->fontMetrics().height() + 8);
    excluded->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    excluded->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    excluded->horizontalHeader()->setStretchLastSection(true);
    excluded->setTextElideMode(Qt::ElideRight);
    m_ui->excludedHeading->setFont(headingFont);
    QFont excludedFont = m_ui->excludedHeading->font();
    excludedFont.setPointSizeF(m_ui->rankingHeading->font().pointSizeF() / 1.15);
    m_ui->excludedHeading->setFont(excludedFont);
    m_ui->excludedPanel->setVisible(false);

    // The "no ranking" banner (case C05): a tooltip-coloured note above the table.
    QLabel* banner = m_ui->rankingBanner;
    banner->setAutoFillBackground(true);
    QPalette bannerPalette = banner->palette();
    bannerPalette.setColor(QPalette::Window, bannerPalette.color(QPalette::ToolTipBase));
    bannerPalette.setColor(QPalette::WindowText, bannerPalette.color(QPalette::ToolTipText));
    banner->setPalette(bannerPalette);
    banner->setVisible(false);

    connect(view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &MainWindow::updateDetails);

    m_ui->mainSplitter->setStretchFactor(0, 0);
    m_ui->mainSplitter->setStretchFactor(1, 1);
    m_ui->mainSplitter->setStretchFactor(2, 0);

    m_catalogStatus = new QLabel(this);
    m_catalogStatus->setTextFormat(Qt::PlainText);
    m_countStatus = new QLabel(this);
    m_countStatus->setTextFormat(Qt::PlainText);
    statusBar()->addPermanentWidget(m_catalogStatus, 1);
    statusBar()->addPermanentWidget(m_countStatus);
}

void MainWindow::setupActions()
{
    m_ui->actionOpenCatalog->setShortcut(QKeySequence::Open);
    m_ui->actionQuit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_ui->actionAbout->setShortcut(QKeySequence::HelpContents);
    m_ui->actionExportPdf->setEnabled(false);

    connect(m_ui->actionOpenCatalog, &QAction::triggered, this, &MainWindow::openCatalogDialog);
    connect(m_ui->actionExportPdf, &QAction::triggered, this, &MainWindow::exportPdfDialog);
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::resetLayout()
{
    resize(DefaultWidth, DefaultHeight);
    m_ui->mainSplitter->setSizes({300, 640, 400});
    m_ui->scenarioToolBox->setCurrentIndex(WeightsPage);
}

void MainWindow::restoreSettings()
{
    resetLayout();
    const QByteArray geometry = settings::windowGeometry.value();
    if (!geometry.isEmpty())
        restoreGeometry(geometry);
    const QByteArray state = settings::windowState.value();
    if (!state.isEmpty())
        restoreState(state);
    const QByteArray splitter = settings::splitterState.value();
    if (!splitter.isEmpty())
        m_ui->mainSplitter->restoreState(splitter);
    const int page = settings::scenarioPage.value(WeightsPage);
    if (page >= 0 && page < m_ui->scenarioToolBox->count())
        m_ui->scenarioToolBox->setCurrentIndex(page);
    const QVariantMap usage = settings::usageInputs.value();
    if (!usage.isEmpty()) {
        ms::UsageScenario inputs;
        auto number = [&usage](const char* key, double& out) {
            bool ok = false;
            const double value = usage.value(QString::fromLatin1(key)).toDouble(&ok);
            if (ok && std::isfinite(value) && value >= 0.0)
                out = value;
        };
        number("players", inputs.monthlyActivePlayers);
        number("sessions", inputs.sessionsPerPlayerPerMonth);
        number("messages", inputs.messagesPerSession);
        number("tokensIn", inputs.inputTokensPerMessage);
        number("tokensOut", inputs.outputTokensPerMessage);
        if (const auto payer = ms::payerFromString(usage.value(QStringLiteral("payer")).toString().toStdString()))
            inputs.payer = *payer;
        m_ui->usageEditor->setInputs(inputs);
    }
}

void MainWindow::saveSettings()
{
    settings::windowGeometry.setValue(saveGeometry());
    settings::windowState.setValue(saveState());
    settings::splitterState.setValue(m_ui->mainSplitter->saveState());
    settings::scenarioPage.setValue(m_ui->scenarioToolBox->currentIndex());
    // The usage inputs while the projection is off (the scenario file holds them when on).
    const ms::UsageScenario inputs = m_ui->usageEditor->inputs();
    settings::usageInputs.setValue(QVariantMap{{QStringLiteral("players"), inputs.monthlyActivePlayers},
                                               {QStringLiteral("sessions"), inputs.sessionsPerPlayerPerMonth},
                                               {QStringLiteral("messages"), inputs.messagesPerSession},
                                               {QStringLiteral("tokensIn"), inputs.inputTokensPerMessage},
                                               {QStringLiteral("tokensOut"), inputs.outputTokensPerMessage},
                                               {QStringLiteral("payer"), qs(ms::toString(inputs.payer))}});
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    saveSettings();
    saveScenario();
    QMainWindow::closeEvent(event);
}

void MainWindow::saveScenario()
{
    if (!m_catalog)
        return;
    const QString problem = saveLastScenario(m_scenarioController->scenario(), *m_catalog);
    if (!problem.isEmpty())
        ms::log::info("the scenario was not saved: " + problem.toStdString());
}

QString MainWindow::restoreScenario()
{
    if (!m_catalog)
        return {};
    const RestoredScenario restored = loadLastScenario(*m_catalog);
    if (restored.scenario) {
        m_scenarioController->setScenario(*restored.scenario);
        return {};
    }
    if (restored.problem.isEmpty())
        return {};
    ms::log::warning("ignored the last scenario " + lastScenarioPath().toStdString() + ": " + restored.problem.toStdString());
    return tr("Your last settings could not be read, so the profile's are used (%1).").arg(restored.problem);
}

bool MainWindow::loadCatalog(const QString& path)
{
    // The file with the data folder's update, imports and overrides on top (mainwindowcatalog.cpp).
    ms::CatalogLoadResult result = loadLayers(path);
    if (!result.ok()) {
        QString message = qs(ms::formatDiagnostics(result.diagnostics)).trimmed();
        if (message.isEmpty())
            message = tr("The file could not be read as a catalog.");
        ms::log::error("could not load catalog " + path.toStdString() + ":\n" + message.toStdString());
        Q_EMIT catalogLoadFailed(path, message);
        if (m_interactive) {
            QStringList shown;
            for (const ms::Diagnostic& diagnostic : result.diagnostics) {
                if (shown.size() < MaxDiagnosticsInBox)
                    shown << qs(diagnostic.toString());
            }
            QString text = tr("Could not load the catalog\n%1\n\n").arg(QDir::toNativeSeparators(path));
            text += m_catalog ? tr("The previous catalog stays in use.") : tr("No catalog is loaded.");
            if (!shown.isEmpty())
                text += QStringLiteral("\n\n") + shown.join(QLatin1Char('\n'));
            if (result.diagnostics.size() > static_cast<std::size_t>(MaxDiagnosticsInBox))
                text += QLatin1Char('\n') + tr("… and %1 more (see details)").arg(result.diagnostics.size() - MaxDiagnosticsInBox);
            showPlainMessage(this, QMessageBox::Warning, tr("Catalog not loaded"), text, message);
        }
        return false;
    }
    return showLoadedCatalog(std::move(*result.catalog), result.diagnostics, path);
}

bool MainWindow::showLoadedCatalog(ms::Catalog loaded, const std::vector<ms::Diagnostic>& diagnostics, const QString& path)
{
    // Keep the selected alternative selected when the new catalog has it too.
    QString selectedId;
    const QModelIndex current = m_ui->rankingView->currentIndex();
    if (current.isValid())
        selectedId = current.data(RankingTableModel::AlternativeIdRole).toString();

    // The outgoing catalog's scenario, so that reopening it brings it back.
    saveScenario();

    auto catalog = std::make_unique<ms::Catalog>(std::move(loaded));
    // Point every view at the new catalog before the old one is freed.
    m_model->setStaleness(isoDay(m_catalogStore->today()), DefaultStaleMonths);
    m_model->setCatalog(catalog.get());
    m_scenarioController->setCatalog(catalog.get());
    m_projectedCatalog.reset();
    m_projectedFor.reset();
    m_costs.clear();
    m_engineStale = true; // the engine caches the old catalog's matrices
    m_catalog = std::move(catalog);
    m_catalogPath = path;
    settings::lastCatalogPath.setValue(QFileInfo(path).absoluteFilePath());
    fillKindFilter();
    const QString restoreNote = restoreScenario();

    int warnings = 0;
    for (const ms::Diagnostic& diagnostic : diagnostics) {
        if (diagnostic.severity == ms::Severity::Warning) {
            ms::log::warning(diagnostic.toString());
            ++warnings;
        }
    }

    rerank();
    updateTitleAndStatus();
    updateTabOrder();

    int row = selectedId.isEmpty() ? -1 : m_model->rowOfAlternative(selectedId);
    if (row >= 0)
        selectAlternativeRow(row);
    else if (m_proxy->rowCount() > 0)
        selectAlternativeRow(m_proxy->mapToSource(m_proxy->index(0, 0)).row());
    else
        updateDetails();

    QStringList notes;
    if (warnings > 0)
        notes << (warnings == 1 ? tr("Catalog loaded with 1 warning; see the log.")
                                : tr("Catalog loaded with %1 warnings; see the log.").arg(warnings));
    if (!restoreNote.isEmpty())
        notes << restoreNote;
    if (!notes.isEmpty())
        statusBar()->showMessage(notes.join(QLatin1Char(' ')), 15000);
    Q_EMIT catalogLoaded(path);
    return true;
}

void MainWindow::selectAlternativeRow(int sourceRow)
{
    const QModelIndex proxyIndex = m_proxy->mapFromSource(m_model->index(sourceRow, RankingTableModel::NameColumn));
    if (!proxyIndex.isValid())
        return;
    m_ui->rankingView->selectionModel()->setCurrentIndex(
        proxyIndex, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_ui->rankingView->scrollTo(proxyIndex);
    updateDetails();
}

void MainWindow::rerank()
{
    QLabel* banner = m_ui->rankingBanner;
    // The weights may have been set behind the panel's back (its signals blocked).
    m_scenarioController->adoptPanelWeights();
    // Keep the selected alternative selected, even across a change of the rows shown.
    QString selectedId;
    const QModelIndex current = m_ui->rankingView->currentIndex();
    if (current.isValid())
        selectedId = current.data(RankingTableModel::AlternativeIdRole).toString();

    const ms::Scenario& scenario = m_scenarioController->scenario();
    // The projected catalog and the engine's matrices are kept while only the weights
    // change (a slider move): then ranking is a matrix-vector product and a sort.
    if (!scenario.usage || !m_catalog) {
        if (m_projectedCatalog)
            m_engineStale = true;
        m_projectedCatalog.reset();
        m_projectedFor.reset();
        m_costs.clear();
    }
    m_ranking.reset(); // ranking() makes it again from the engine when asked
    bool prepared = !m_catalog; // more than the weights changed
    if (!m_catalog) {
        m_hasRanking = false;
        m_model->clearRanking();
        banner->setVisible(false);
    } else {
        if (scenario.usage && !(m_projectedCatalog && m_projectedFor == scenario.usage)) {
            // Cost criteria rank on what this usage would cost (usagecost.h).
            m_projectedCatalog = std::make_unique<ms::Catalog>(ms::withProjectedCosts(*m_catalog, *scenario.usage));
            m_costs = ms::projectUsageCost(*m_catalog, *scenario.usage, catalogLanguage());
            m_projectedFor = scenario.usage;
            m_engineStale = true;
        }
        // The same ranking as ms::rankAlternatives, bit for bit (rankingengine.h).
        std::optional<ms::RankingError> failure;
        if (m_engineStale || !m_engine.isPreparedFor(*rankedCatalog(), scenario)) {
            prepared = true;
            failure = m_engine.prepare(*rankedCatalog(), scenario);
            m_engineStale = failure.has_value();
        }
        if (!failure)
            failure = m_engine.rank(scenario.weights);
        // Only the engine's cheap accessors here: the full ms::Ranking (every row's
        // contributions and dominator) is made by ranking() when a view asks for it.
        if (!failure) {
            m_hasRanking = true;
            const bool percent = showsPercentNow();
            double largest = 0.0;
            if (!percent) {
                // Raw scores: the bar's scale is the largest score (O(n), no per-row
                // contributions); the best cases of the first rows stretch it if larger.
                const std::size_t ranked = m_engine.size();
                for (std::size_t pos = 0; pos < ranked; ++pos)
                    largest = std::max(largest, std::fabs(m_engine.scoreAt(pos)));
                for (std::size_t pos = 0; pos < ranked && pos < 200; ++pos)
                    largest = std::max(largest, std::fabs(m_engine.scoreHighAt(pos)));
            }
            m_scoreDelegate->setMaximum(percent ? 1.0 : (largest > 0.0 ? largest : 1.0));
            m_model->setEngine(&m_engine);
            // Every alternative left out: say so above the (empty) table.
            const bool noneLeft = m_engine.size() == 0 && !m_engine.excluded().empty();
            if (noneLeft)
                banner->setText(tr("No alternative meets all your must-haves. Remove one to see a ranking."));
            banner->setVisible(noneLeft);
        } else {
            const ms::RankingError& error = *failure;
            m_hasRanking = false;
            m_model->clearRanking();
            banner->setText(tr("No ranking: %1").arg(qs(error.message)));
            banner->setVisible(true);
        }
    }
    m_ui->weightsPanel->setShares(m_hasRanking ? m_engine.normalisedWeights() : std::vector<double>{});
    m_ui->actionExportPdf->setEnabled(m_hasRanking);

    // Column widths follow once the ranking stays put (fitColumns); at once when more
    // than the weights changed (a catalog, must-have, method or usage change).
    if (prepared)
        fitColumns();
    else
        m_fitColumnsTimer->start();

    // The proxy re-sorted and re-filtered on dataChanged; the selection followed its row.
    if (!m_ui->rankingView->currentIndex().isValid() && m_proxy->rowCount() > 0) {
        const int row = selectedId.isEmpty() ? -1 : m_model->rowOfAlternative(selectedId);
        const QModelIndex shown = row >= 0 ? m_proxy->mapFromSource(m_model->index(row, 0)) : QModelIndex();
        selectAlternativeRow(m_proxy->mapToSource(shown.isValid() ? shown : m_proxy->index(0, 0)).row());
    }
    const QModelIndex now = m_ui->rankingView->currentIndex();
    if (now.isValid())
        m_ui->rankingView->scrollTo(now);
    updateExcluded();
    updateScenarioSummary();
    updateTitleAndStatus();
    if (m_shownConstraints != scenario.constraints.size()) {
        m_shownConstraints = scenario.constraints.size();
        updateTabOrder(); // the must-haves' remove buttons changed
    }
    // The details pane (its text and contribution chart take longer than the re-rank at
    // 100,000 rows) follows a slider drag at most every 80 ms; any other change at once.
    if (prepared || !m_detailsTimer->isActive()) {
        if (prepared) {
            m_detailsTimer->stop();
            updateDetails();
        } else {
            m_detailsTimer->start();
        }
    }
    Q_EMIT rankingChanged();
}

void MainWindow::fitColumns()
{
    m_fitColumnsTimer->stop();
    QTableView* view = m_ui->rankingView;
    // Hidden, the view would measure every row (Qt's precision 0 means the rows on
    // screen, or all when none are); ShowWatcher calls again when it is shown.
    if (!view->isVisible())
        return;
    for (int column : {int(RankingTableModel::RankColumn), int(RankingTableModel::NameColumn),
                       int(RankingTableModel::KindColumn), int(RankingTableModel::CoverageColumn),
                       int(RankingTableModel::NotesColumn), int(RankingTableModel::StaleColumn)})
        view->resizeColumnToContents(column); // the rows on screen only (precision 0)
    // The names matter most: they get their full width up to about 30 characters; the
    // notes ("dominated by …") are cut with "…" beyond about 22 (the tooltip has them).
    const int charWidth = view->fontMetrics().averageCharWidth();
    QHeaderView* header = view->horizontalHeader();
    if (header->sectionSize(RankingTableModel::NameColumn) > 30 * charWidth)
        header->resizeSection(RankingTableModel::NameColumn, 30 * charWidth);
    if (header->sectionSize(RankingTableModel::NotesColumn) > 22 * charWidth)
        header->resizeSection(RankingTableModel::NotesColumn, 22 * charWidth);

    // The score column fits the widest score shown, its range included: the first rows
    // (rank order) and the ones whose score has the widest range are representative;
    // formatting every row's text would cost more than the re-rank at 100,000 rows.
    const QFontMetrics metrics = view->fontMetrics();
    int scoreWidth = metrics.horizontalAdvance(QStringLiteral("Score 100.0"));
    const int rows = m_model->rowCount();
    for (int row = 0; row < rows; row = row < 50 ? row + 1 : row + std::max(1, rows / 200))
        scoreWidth = std::max(scoreWidth, metrics.horizontalAdvance(
                                              m_model->index(row, RankingTableModel::ScoreColumn).data().toString()));
    header->resizeSection(RankingTableModel::ScoreColumn, scoreWidth + 28);

}

void MainWindow::updateExcluded()
{
    QTableWidget* table = m_ui->excludedTable;
    const ms::Catalog* catalog = rankedCatalog();
    const std::vector<ms::Exclusion> noExclusions;
    const std::vector<ms::Exclusion>& excluded = (catalog && m_hasRanking) ? m_engine.excluded() : noExclusions;
    const std::vector<ms::Constraint>& constraints = m_scenarioController->scenario().constraints;
    table->setRowCount(static_cast<int>(excluded.size()));
    int row = 0;
    for (const ms::Exclusion& exclusion : excluded) {
        if (exclusion.alternativeIndex >= catalog->alternatives.size())
            continue;
        const ms::Alternative& alternative = catalog->alternatives[exclusion.alternativeIndex];
        const QString name = qs(alternative.name);
        // The engine's reason is English with ids; word it from the must-have and the fact.
        QString reason = qs(exclusion.reason);
        QString written;
        if (exclusion.constraintIndex < constraints.size()) {
            const ms::Constraint& constraint = constraints[exclusion.constraintIndex];
            reason = describeViolation(constraint, *catalog, alternative.fact(constraint.criterionId));
            written = qs(constraint.toString());
        }
        auto* nameItem = new QTableWidgetItem(name);
        nameItem->setToolTip(plainToolTip(name));
        auto* reasonItem = new QTableWidgetItem(reason);
        reasonItem->setToolTip(plainToolTip(written.isEmpty() ? reason : tr("Must-have: %1\n%2").arg(written, reason)));
        for (QTableWidgetItem* item : {nameItem, reasonItem})
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        table->setItem(row, 0, nameItem);
        table->setItem(row, 1, reasonItem);
        ++row;
    }
    table->setRowCount(row);
    m_ui->excludedPanel->setVisible(row > 0);
    if (row > 0) {
        const int shownRows = std::min(row, MaxExcludedRowsShown);
        const int height = table->horizontalHeader()->sizeHint().height()
            + shownRows * table->verticalHeader()->defaultSectionSize() + 2 * table->frameWidth();
        table->setFixedHeight(height);
        m_ui->excludedHeading->setText(row == 1 ? tr("Left out by your must-haves: 1 alternative")
                                                : tr("Left out by your must-haves: %1 alternatives").arg(row));
    }
}

void MainWindow::updateScenarioSummary()
{
    const ms::Scenario& scenario = m_scenarioController->scenario();
    // Always say how the scores are made (the ranking's own settings when there is one).
    const ms::Method method = m_hasRanking ? m_engine.method() : scenario.method;
    const ms::Normalisation normalisation = m_hasRanking ? m_engine.normalisation() : scenario.normalisation;
    const ms::MissingPolicy missing = m_hasRanking ? m_engine.missingPolicy() : scenario.missing;
    QStringList parts{sentence(describeInUi(method)), qs(describeInUi(normalisation)), qs(describeInUi(missing))};
    if (scenario.usage)
        parts << tr("costs projected from your usage");
    m_ui->rankingMethodLabel->setText(parts.join(QStringLiteral(" · ")));
    m_ui->rankingMethodLabel->setToolTip(tr("Change them under Advanced, on the left"));

    // The page titles say what each page holds, so a closed page still tells.
    QToolBox* box = m_ui->scenarioToolBox;
    auto setTitle = [box](int page, const QString& title) {
        if (box->itemText(page) != title) // a new title re-registers the page's mnemonic
            box->setItemText(page, title);
    };
    const std::size_t constraints = scenario.constraints.size();
    setTitle(ConstraintsPage, constraints == 0 ? tr("&Must-haves") : tr("&Must-haves · %1").arg(constraints));
    setTitle(UsagePage, scenario.usage ? tr("Your mod's &usage · on") : tr("Your mod's &usage · off"));
    QString methodShort;
    switch (method) {
    case ms::Method::WeightedSum: methodShort = tr("WSM"); break;
    case ms::Method::WeightedProduct: methodShort = tr("WPM"); break;
    case ms::Method::Topsis: methodShort = tr("TOPSIS"); break;
    }
    setTitle(AdvancedPage, tr("Ad&vanced · %1").arg(methodShort));
}

void MainWindow::updateTabOrder()
{
    // Profile, each page button followed by its page, the filter, the ranking, the
    // excluded list; the details pane follows in its own order.
    QList<QWidget*> chain{m_ui->profileBox};
    const QList<QAbstractButton*> buttons = toolBoxButtons(m_ui->scenarioToolBox);
    const QList<QList<QWidget*>> pages{
        m_ui->weightsPanel->focusChain(),
        m_ui->constraintsEditor->focusChain(),
        m_ui->usageEditor->focusChain(),
        {m_ui->methodBox, m_ui->normalisationBox, m_ui->missingBox},
    };
    for (qsizetype page = 0; page < pages.size(); ++page) {
        if (page < buttons.size())
            chain << buttons[page];
        chain << pages[page];
    }
    chain << m_ui->filterEdit << m_ui->kindFilterBox << m_ui->rankingView << m_ui->excludedTable;
    for (qsizetype i = 1; i < chain.size(); ++i)
        QWidget::setTabOrder(chain[i - 1], chain[i]);
}

void MainWindow::fillKindFilter()
{
    QComboBox* box = m_ui->kindFilterBox;
    const QString current = box->currentData().toString();
    const QSignalBlocker blocker(box);
    box->clear();
    box->addItem(tr("All kinds"), QString());
    QStringList kinds{QStringLiteral("local_model"), QStringLiteral("online_api"), QStringLiteral("character_service")};
    if (m_catalog) {
        for (const ms::Alternative& alt : m_catalog->alternatives) {
            if (!kinds.contains(qs(alt.kind)))
                kinds << qs(alt.kind);
        }
    }
    for (const QString& kind : kinds)
        box->addItem(qs(ms::kindLabel(kind.toStdString(), catalogLanguage())), kind);
    const int index = box->findData(current);
    box->setCurrentIndex(index >= 0 ? index : 0);
    m_proxy->setKindFilter(box->currentData().toString());
}

void MainWindow::onFilterChanged()
{
    m_proxy->setFilterText(m_ui->filterEdit->text());
    m_proxy->setKindFilter(m_ui->kindFilterBox->currentData().toString());
    // Keep a row selected while any is shown, so the details pane has something to say.
    if (!m_ui->rankingView->currentIndex().isValid() && m_proxy->rowCount() > 0)
        selectAlternativeRow(m_proxy->mapToSource(m_proxy->index(0, 0)).row());
    else
        updateDetails();
    updateTitleAndStatus();
}

void MainWindow::updateDetails()
{
    const QModelIndex current = m_ui->rankingView->currentIndex();
    const ms::Catalog* catalog = rankedCatalog();
    if (catalog == nullptr || !current.isValid()) {
        m_ui->detailsPane->clear();
        return;
    }
    const std::size_t altIndex = m_model->alternativeIndexOfRow(m_proxy->mapToSource(current).row());
    DetailsContext context;
    const ms::Scenario& scenario = m_scenarioController->scenario();
    context.method = m_hasRanking ? m_engine.method() : scenario.method;
    context.missing = m_hasRanking ? m_engine.missingPolicy() : scenario.missing;
    context.percent = !m_hasRanking || showsPercentNow();
    if (scenario.usage && altIndex < m_costs.size()) {
        context.cost = m_costs[altIndex];
        context.payer = scenario.usage->payer;
    }
    context.today = isoDay(m_catalogStore->today());
    context.staleMonths = DefaultStaleMonths;
    m_ui->detailsPane->showAlternative(*catalog, altIndex, m_model->rankedAlternative(altIndex),
                                       m_hasRanking ? m_engine.size() : 0, context);
}

void MainWindow::updateTitleAndStatus()
{
    if (!m_catalog) {
        setWindowTitle(tr("ModelScout"));
        m_catalogStatus->setText(tr("No catalog loaded: use File › Open Catalog… (Ctrl+O)"));
        m_countStatus->clear();
        return;
    }
    QString title = qs(m_catalog->title);
    // "[*]" in a window title is Qt's modified marker; double it to show it literally.
    title.replace(QStringLiteral("[*]"), QStringLiteral("[*][*]"));
    setWindowTitle(tr("ModelScout — %1").arg(title));

    QStringList parts{qs(m_catalog->title)};
    if (!m_catalog->version.empty())
        parts << tr("version %1").arg(qs(m_catalog->version));
    if (!m_catalog->asOf.empty())
        parts << tr("as of %1").arg(formatAsOf(m_catalog->asOf));
    m_catalogStatus->setText(parts.join(QStringLiteral(" · ")));
    m_catalogStatus->setToolTip(catalogStatusToolTip());
    const QLocale locale;
    const auto count = m_catalog->alternatives.size();
    QString counts = count == 1 ? tr("1 alternative") : tr("%1 alternatives").arg(locale.toString(static_cast<qulonglong>(count)));
    if (m_hasRanking && !m_engine.excluded().empty())
        counts += tr(" · %1 left out").arg(locale.toString(static_cast<qulonglong>(m_engine.excluded().size())));
    if (m_proxy->isFiltering())
        counts += tr(" · %1 shown").arg(locale.toString(m_proxy->rowCount()));
    m_countStatus->setText(counts);
}

QSlider* MainWindow::weightSlider(const QString& criterionId) const
{
    return m_ui->weightsPanel->slider(criterionId);
}

QAbstractItemModel* MainWindow::rankingModel() const
{
    return m_proxy;
}

const ms::Scenario& MainWindow::scenario() const
{
    return m_scenarioController->scenario();
}

void MainWindow::setScenario(const ms::Scenario& scenario)
{
    m_scenarioController->setScenario(scenario);
    rerank();
}

const ms::Ranking& MainWindow::ranking() const
{
    static const ms::Ranking none;
    if (!m_hasRanking || !m_engine.hasRanking())
        return none;
    if (!m_ranking)
        m_ranking = m_engine.toRanking();
    return *m_ranking;
}

bool MainWindow::showsPercentNow() const
{
    ms::Ranking shape; // showsPercent reads the method and normalisation only
    shape.method = m_hasRanking ? m_engine.method() : m_scenarioController->scenario().method;
    shape.normalisation = m_hasRanking ? m_engine.normalisation() : m_scenarioController->scenario().normalisation;
    return RankingTableModel::showsPercent(shape);
}

const ms::Catalog* MainWindow::rankedCatalog() const
{
    if (m_projectedCatalog)
        return m_projectedCatalog.get();
    return m_catalog.get();
}

QString MainWindow::exportPdf(const QString& path)
{
    if (!m_catalog)
        return tr("No catalog is loaded.");
    if (!m_hasRanking)
        return tr("There is no ranking to export: every weight is zero.");
    ms::PdfReportOptions options;
    options.lang = std::string(catalogLanguage());
    options.profileLabel = m_scenarioController->profileLabel().toStdString();
    options.generatedAt = QDateTime::currentDateTime().toString(Qt::ISODate).toStdString();
    options.appVersion = QCoreApplication::applicationVersion().toStdString();
    const std::string error = ms::writePdfReport(*rankedCatalog(), ranking(), m_scenarioController->scenario().weights,
                                                 path.toStdString(), options);
    return qs(error);
}

void MainWindow::openCatalogDialog()
{
    QString start = settings::lastCatalogPath.value();
    if (start.isEmpty()) {
        const std::filesystem::path bundled = ms::bundledCatalogPath();
        start = bundled.empty() ? QDir::homePath() : QFile::decodeName(bundled.string().c_str());
    }
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Catalog"), start,
                                                      tr("Catalogs (*.json);;All files (*)"));
    if (!path.isEmpty())
        loadCatalog(path);
}

void MainWindow::exportPdfDialog()
{
    QString start = settings::lastReportPath.value();
    if (start.isEmpty())
        start = QDir::home().filePath(QStringLiteral("modelscout-report.pdf"));
    QString path = QFileDialog::getSaveFileName(this, tr("Export PDF Report"), start, tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        path += QLatin1String(".pdf");
    const QString error = exportPdf(path);
    if (!error.isEmpty()) {
        showPlainMessage(this, QMessageBox::Warning, tr("Report not written"),
                         tr("Could not write the report\n%1\n\n%2").arg(QDir::toNativeSeparators(path), error));
        return;
    }
    settings::lastReportPath.setValue(path);
    statusBar()->showMessage(tr("Report saved to %1").arg(QDir::toNativeSeparators(path)), 8000);
}

// showAbout() is in mainwindowfile.cpp, with the rest of the File and Help menus.

} // namespace ms::gui
