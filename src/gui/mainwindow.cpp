// SPDX-License-Identifier: MIT
#include "gui/mainwindow.h"

#include <algorithm>
#include <filesystem>
#include <string>
#include <variant>

#include <QCloseEvent>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QSlider>
#include <QStatusBar>
#include <QTableView>

#include "core/catalog/loader.h"
#include "core/log/log.h"
#include "gui/detailspane.h"
#include "gui/guisettings.h"
#include "gui/rankingsortproxy.h"
#include "gui/rankingtablemodel.h"
#include "gui/scorebardelegate.h"
#include "gui/textutil.h"
#include "gui/weightspanel.h"
#include "report/pdfreport.h"

#include "ui_mainwindow.h"

namespace ms::gui {

namespace {

constexpr int DefaultWidth = 1200;
constexpr int DefaultHeight = 760;
constexpr int MaxDiagnosticsInBox = 12;

std::filesystem::path toFsPath(const QString& path)
{
    return std::filesystem::path(QFile::encodeName(path).toStdString());
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
    restoreSettings();
    updateTitleAndStatus();
    m_ui->detailsPane->clear();
}

MainWindow::~MainWindow()
{
    // The view and the model must let go of the catalog before it is destroyed.
    m_model->setCatalog(nullptr);
    m_ui->weightsPanel->setCatalog(nullptr);
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
    header->setStretchLastSection(false);
    header->setMinimumSectionSize(36);
    header->setSectionResizeMode(RankingTableModel::RankColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(RankingTableModel::NameColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(RankingTableModel::KindColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(RankingTableModel::ScoreColumn, QHeaderView::Fixed);
    header->setSectionResizeMode(RankingTableModel::CoverageColumn, QHeaderView::ResizeToContents);
    header->resizeSection(RankingTableModel::ScoreColumn,
                          view->fontMetrics().horizontalAdvance(QStringLiteral("Score 100.0")) + 60);

    m_scoreDelegate = new ScoreBarDelegate(RankingTableModel::RawValueRole, 1.0, this);
    view->setItemDelegateForColumn(RankingTableModel::ScoreColumn, m_scoreDelegate);

    QFont headingFont = m_ui->rankingHeading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.15);
    m_ui->rankingHeading->setFont(headingFont);

    // The "no ranking" banner (case C05): a tooltip-coloured note above the table.
    QLabel* banner = m_ui->rankingBanner;
    banner->setAutoFillBackground(true);
    QPalette bannerPalette = banner->palette();
    bannerPalette.setColor(QPalette::Window, bannerPalette.color(QPalette::ToolTipBase));
    bannerPalette.setColor(QPalette::WindowText, bannerPalette.color(QPalette::ToolTipText));
    banner->setPalette(bannerPalette);
    banner->setVisible(false);

    connect(view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &MainWindow::updateDetails);
    connect(m_ui->weightsPanel, &WeightsPanel::weightsChanged, this, &MainWindow::rerank);

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
    m_ui->mainSplitter->setSizes({300, 500, 400});
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
}

void MainWindow::saveSettings()
{
    settings::windowGeometry.setValue(saveGeometry());
    settings::windowState.setValue(saveState());
    settings::splitterState.setValue(m_ui->mainSplitter->saveState());
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    saveSettings();
    QMainWindow::closeEvent(event);
}

bool MainWindow::loadCatalog(const QString& path)
{
    ms::CatalogLoadResult result = ms::loadCatalogFromFile(toFsPath(path));
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

    // Keep the selected alternative selected when the new catalog has it too.
    QString selectedId;
    const QModelIndex current = m_ui->rankingView->currentIndex();
    if (current.isValid())
        selectedId = current.data(RankingTableModel::AlternativeIdRole).toString();

    auto catalog = std::make_unique<ms::Catalog>(std::move(*result.catalog));
    // Point every view at the new catalog before the old one is freed.
    m_model->setCatalog(catalog.get());
    m_ui->weightsPanel->setCatalog(catalog.get());
    m_catalog = std::move(catalog);
    m_catalogPath = path;
    settings::lastCatalogPath.setValue(QFileInfo(path).absoluteFilePath());

    int warnings = 0;
    for (const ms::Diagnostic& diagnostic : result.diagnostics) {
        if (diagnostic.severity == ms::Severity::Warning) {
            ms::log::warning(diagnostic.toString());
            ++warnings;
        }
    }

    rerank();
    updateTitleAndStatus();

    // Tab order: profile and weights, then the ranking, then the details.
    QList<QWidget*> chain = m_ui->weightsPanel->focusChain();
    chain << m_ui->rankingView;
    for (qsizetype i = 1; i < chain.size(); ++i)
        QWidget::setTabOrder(chain[i - 1], chain[i]);

    int row = selectedId.isEmpty() ? -1 : m_model->rowOfAlternative(selectedId);
    if (row >= 0)
        selectAlternativeRow(row);
    else if (m_proxy->rowCount() > 0)
        selectAlternativeRow(m_proxy->mapToSource(m_proxy->index(0, 0)).row());
    else
        updateDetails();

    if (warnings > 0)
        statusBar()->showMessage(warnings == 1 ? tr("Catalog loaded with 1 warning; see the log.")
                                                : tr("Catalog loaded with %1 warnings; see the log.").arg(warnings), 8000);
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
    if (!m_catalog) {
        m_hasRanking = false;
        m_ranking = {};
        m_model->clearRanking();
        banner->setVisible(false);
    } else {
        auto result = ms::rankWeightedSum(*m_catalog, m_ui->weightsPanel->weights());
        if (auto* ranking = std::get_if<ms::Ranking>(&result)) {
            m_ranking = std::move(*ranking);
            m_hasRanking = true;
            m_model->setRanking(m_ranking);
            banner->setVisible(false);
        } else {
            const auto& error = std::get<ms::RankingError>(result);
            m_hasRanking = false;
            m_ranking = {};
            m_model->clearRanking();
            banner->setText(tr("No ranking: %1").arg(qs(error.message)));
            banner->setVisible(true);
        }
    }
    m_ui->weightsPanel->setShares(m_hasRanking ? m_ranking.normalisedWeights : std::vector<double>{});
    m_ui->actionExportPdf->setEnabled(m_hasRanking);
    // The proxy re-sorted on dataChanged; the selection followed its row.
    const QModelIndex current = m_ui->rankingView->currentIndex();
    if (current.isValid())
        m_ui->rankingView->scrollTo(current);
    updateDetails();
    Q_EMIT rankingChanged();
}

void MainWindow::updateDetails()
{
    const QModelIndex current = m_ui->rankingView->currentIndex();
    if (!m_catalog || !current.isValid()) {
        m_ui->detailsPane->clear();
        return;
    }
    const auto altIndex = static_cast<std::size_t>(m_proxy->mapToSource(current).row());
    m_ui->detailsPane->showAlternative(*m_catalog, altIndex, m_model->rankedAlternative(altIndex),
                                       m_hasRanking ? m_ranking.rows.size() : 0);
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
        parts << tr("as of %1").arg(qs(m_catalog->asOf));
    m_catalogStatus->setText(parts.join(QStringLiteral(" · ")));
    m_catalogStatus->setToolTip(plainToolTip(QDir::toNativeSeparators(m_catalogPath)));
    const auto count = m_catalog->alternatives.size();
    m_countStatus->setText(count == 1 ? tr("1 alternative")
                                      : tr("%1 alternatives").arg(QLocale().toString(static_cast<qulonglong>(count))));
}

QSlider* MainWindow::weightSlider(const QString& criterionId) const
{
    return m_ui->weightsPanel->slider(criterionId);
}

QAbstractItemModel* MainWindow::rankingModel() const
{
    return m_proxy;
}

QString MainWindow::exportPdf(const QString& path)
{
    if (!m_catalog)
        return tr("No catalog is loaded.");
    if (!m_hasRanking)
        return tr("There is no ranking to export: every weight is zero.");
    ms::PdfReportOptions options;
    options.lang = "en";
    options.profileLabel = m_ui->weightsPanel->profileLabel().toStdString();
    options.generatedAt = QDateTime::currentDateTime().toString(Qt::ISODate).toStdString();
    options.appVersion = QCoreApplication::applicationVersion().toStdString();
    const std::string error =
        ms::writePdfReport(*m_catalog, m_ranking, m_ui->weightsPanel->weights(), path.toStdString(), options);
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

void MainWindow::showAbout()
{
    QString text = tr("ModelScout %1\n\n"
                      "Helps you choose the AI behind your mod's characters: a local open model, "
                      "an online model API or a hosted character service.\n\n"
                      "It ranks the alternatives of a catalog by a weighted sum over the criteria "
                      "you care about, shows where every fact comes from, and explains each score.\n\n"
                      "MIT licence.")
                       .arg(QCoreApplication::applicationVersion());
    if (m_catalog) {
        text += QStringLiteral("\n\n") + tr("Catalog: %1, version %2, as of %3")
                                             .arg(qs(m_catalog->title), qs(m_catalog->version), qs(m_catalog->asOf));
    }
    showPlainMessage(this, QMessageBox::Information, tr("About ModelScout"), text);
}

} // namespace ms::gui
