// SPDX-License-Identifier: MIT
// The catalog side of the main window: the layered catalog (the open file with the
// data folder's update, imports and overrides on top), File › Import, the Edit menu
// (undo/redo, Edit Fact…, Add Alternative…, Revert to Catalog Value) and the status
// bar's stale-fact count. Kept apart from mainwindow.cpp; the constructor calls
// setupCatalogMenus() and loadCatalog() takes its catalog from loadLayers().
#include "gui/mainwindow.h"

#include <algorithm>
#include <filesystem>

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QItemSelectionModel>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressDialog>
#include <QStatusBar>
#include <QStyle>
#include <QTableView>
#include <QTableWidget>
#include <QThread>
#include <QToolButton>
#include <QUndoStack>

#include "core/catalog/layers.h"
#include "core/log/log.h"
#include "core/util/paths.h"
#include "gui/catalogstore.h"
#include "gui/detailspane.h"
#include "gui/dialogs/alternativedialog.h"
#include "gui/dialogs/factdialog.h"
#include "gui/dialogs/importreportdialog.h"
#include "gui/dialogs/stalefactsdialog.h"
#include "gui/language.h"
#include "gui/overridecommands.h"
#include "gui/rankingsortproxy.h"
#include "gui/rankingtablemodel.h"
#include "gui/stalefactsmodel.h"
#include "gui/textutil.h"

#include "ui_mainwindow.h"

namespace ms::gui {

namespace {

constexpr int MaxStaleInToolTip = 15;
constexpr int StatusMessageMs = 10000;

std::filesystem::path toFsPath(const QString& path)
{
    return std::filesystem::path(QFile::encodeName(path).toStdString());
}

QString fromFsPath(const std::filesystem::path& path)
{
    return QFile::decodeName(path.string().c_str());
}

void showPlainBox(
    QWidget* parent, QMessageBox::Icon icon, const QString& title, const QString& text, const QString& details = {})
{
    QMessageBox box(icon, title, QString(), QMessageBox::Ok, parent);
    box.setTextFormat(Qt::PlainText);
    box.setText(text);
    if (!details.isEmpty())
        box.setDetailedText(details);
    box.exec();
}

/** The label of a stale fact's criterion or detail. */
QString staleFactLabel(const ms::Catalog& catalog, const ms::StaleFact& stale)
{
    const ms::Alternative& alt = catalog.alternatives[stale.alternativeIndex];
    if (stale.detail) {
        for (const ms::Detail& d : alt.details) {
            if (d.key == stale.criterionOrDetail)
                return d.label.get(catalogLanguage()).empty() ? qs(d.key) : qs(d.label.get(catalogLanguage()));
        }
        return qs(stale.criterionOrDetail);
    }
    const ms::Criterion* criterion = catalog.criterion(stale.criterionOrDetail);
    return criterion ? qs(criterion->label.get(catalogLanguage())) : qs(stale.criterionOrDetail);
}

} // namespace

void MainWindow::setupCatalogMenus()
{
    m_catalogStore = std::make_unique<CatalogStore>();
    m_undoStack = new QUndoStack(this);
    m_undoStack->setObjectName(QStringLiteral("overridesUndoStack"));

    // File › Import ▸, after Open Catalog.
    auto* importMenu = new QMenu(tr("&Import"), this);
    importMenu->setObjectName(QStringLiteral("menuImport"));
    importMenu->setToolTipsVisible(true);
    struct Entry {
        ms::ImportFormat format;
        QString text;
        QString name;
        QString tip;
    };
    const Entry entries[] = {
        { ms::ImportFormat::LiteLlm, tr("&LiteLLM Price Map…"), QStringLiteral("actionImportLiteLlm"),
            tr("LiteLLM's model_prices_and_context_window.json: chat models with their token prices") },
        { ms::ImportFormat::OpenRouter, tr("&OpenRouter Models…"), QStringLiteral("actionImportOpenRouter"),
            tr("A saved response of OpenRouter's /api/v1/models") },
        { ms::ImportFormat::Gpt4All, tr("&GPT4All Model List…"), QStringLiteral("actionImportGpt4All"),
            tr("GPT4All's models3.json: local models you can download") },
    };
    for (const Entry& entry : entries) {
        QAction* action = importMenu->addAction(entry.text);
        action->setObjectName(entry.name);
        action->setToolTip(entry.tip);
        action->setStatusTip(entry.tip);
        const ms::ImportFormat format = entry.format;
        connect(action, &QAction::triggered, this, [this, format] { importDialog(format); });
    }
    QAction* before = nullptr;
    const QList<QAction*> fileActions = m_ui->menuFile->actions();
    const auto open = std::find(fileActions.begin(), fileActions.end(), m_ui->actionOpenCatalog);
    if (open != fileActions.end() && open + 1 != fileActions.end())
        before = *(open + 1);
    m_ui->menuFile->insertMenu(before, importMenu);

    // Edit: undo/redo of your own figures, editing them.
    auto* editMenu = new QMenu(tr("&Edit"), this);
    editMenu->setObjectName(QStringLiteral("menuEdit"));
    QAction* menuAfterFile = nullptr;
    const QList<QAction*> menus = menuBar()->actions();
    const auto file = std::find(menus.begin(), menus.end(), m_ui->menuFile->menuAction());
    if (file != menus.end() && file + 1 != menus.end())
        menuAfterFile = *(file + 1);
    menuBar()->insertMenu(menuAfterFile, editMenu);

    QAction* undo = m_undoStack->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("actionUndo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction* redo = m_undoStack->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(QStringLiteral("actionRedo"));
    redo->setShortcut(QKeySequence::Redo);
    editMenu->addAction(undo);
    editMenu->addAction(redo);
    editMenu->addSeparator();

    QAction* editFactAction = editMenu->addAction(tr("&Edit Fact…"));
    editFactAction->setObjectName(QStringLiteral("actionEditFact"));
    editFactAction->setShortcut(QKeySequence(Qt::Key_F2));
    editFactAction->setToolTip(tr("Give the selected alternative a figure of your own; it wins over the catalog"));
    connect(editFactAction, &QAction::triggered, this, [this] {
        QString key;
        bool detail = false;
        m_ui->detailsPane->currentFact(&key, &detail);
        editFact(key, detail);
    });

    QAction* addAction = editMenu->addAction(tr("&Add Alternative…"));
    addAction->setObjectName(QStringLiteral("actionAddAlternative"));
    addAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    addAction->setToolTip(tr("Add an option the catalog does not list, with figures of your own"));
    connect(addAction, &QAction::triggered, this, &MainWindow::addAlternative);

    QAction* revertAction = editMenu->addAction(tr("Re&vert to Catalog Value"));
    revertAction->setObjectName(QStringLiteral("actionRevertFact"));
    revertAction->setToolTip(tr("Remove your own figure for the fact selected in the details pane"));
    connect(revertAction, &QAction::triggered, this, [this] {
        QString key;
        bool detail = false;
        if (!m_ui->detailsPane->currentFact(&key, &detail)) {
            failEdit(tr("Select one of your own figures (layer \"user\") in the details pane first."));
            return;
        }
        revertOverride(selectedAlternativeId(), key, detail);
    });
    connect(editMenu, &QMenu::aboutToShow, this, &MainWindow::updateEditActions);

    // The details pane asks for edits of its facts.
    connect(m_ui->detailsPane, &DetailsPane::editFactRequested, this,
        [this](const QString& key, bool detail) { editFact(key, detail); });
    connect(m_ui->detailsPane, &DetailsPane::revertFactRequested, this,
        [this](const QString& key, bool detail) { revertOverride(selectedAlternativeId(), key, detail); });
    for (QTableWidget* table : { m_ui->detailsPane->factsTable(), m_ui->detailsPane->detailsTable() })
        connect(table, &QTableWidget::itemSelectionChanged, this, &MainWindow::updateEditActions);
    connect(m_ui->rankingView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &MainWindow::updateEditActions);
    connect(this, &MainWindow::rankingChanged, this, &MainWindow::updateEditActions);

    // Status bar: skipped layers (hidden unless there are some) and the stale count.
    m_layerProblemButton = new QToolButton(this);
    m_layerProblemButton->setObjectName(QStringLiteral("layerProblemButton"));
    m_layerProblemButton->setAutoRaise(true);
    m_layerProblemButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_layerProblemButton->setIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning));
    m_layerProblemButton->setVisible(false);
    connect(m_layerProblemButton, &QToolButton::clicked, this, [this] {
        showPlainBox(this, QMessageBox::Warning, tr("Catalog Layers Skipped"),
            tr("These files in your data folder have errors, so they are not used. The other layers are.\n\n%1")
                .arg(m_catalogStore->layersSummary()),
            m_catalogStore->problemsText());
    });
    statusBar()->addPermanentWidget(m_layerProblemButton);

    m_staleButton = new QToolButton(this);
    m_staleButton->setObjectName(QStringLiteral("staleFactsButton"));
    m_staleButton->setAutoRaise(true);
    m_staleButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_staleButton->setAccessibleName(tr("Stale facts"));
    m_staleButton->setVisible(false);
    connect(m_staleButton, &QToolButton::clicked, this, &MainWindow::showStaleFacts);
    statusBar()->addPermanentWidget(m_staleButton);

    connect(this, &MainWindow::catalogLoaded, this, &MainWindow::onCatalogLayersLoaded);
    updateEditActions();
}

ms::CatalogLoadResult MainWindow::loadLayers(const QString& path)
{
    ms::CatalogLoadResult result;
    if (m_catalogStore->load(toFsPath(path), ms::userDataDir(), result.diagnostics))
        result.catalog = *m_catalogStore->catalog();
    return result;
}

bool MainWindow::reloadCatalog()
{
    if (m_catalogPath.isEmpty())
        return false;
    return loadCatalog(m_catalogPath);
}

void MainWindow::onCatalogLayersLoaded()
{
    // The history belongs to the overrides file, but a different catalog would check
    // its steps against other alternatives: start afresh when another file is opened.
    const QString bottom = QFileInfo(m_catalogPath).absoluteFilePath();
    if (!m_layersBottom.isEmpty() && bottom != m_layersBottom)
        m_undoStack->clear();
    m_layersBottom = bottom;

    const auto skipped = m_catalogStore->skippedLayers();
    const QString problems = m_catalogStore->problemsText();
    if (!skipped.empty()) {
        m_layerProblemButton->setText(skipped.size() == 1
                ? tr("1 layer skipped")
                : tr("%1 layers skipped").arg(QLocale().toString(static_cast<qulonglong>(skipped.size()))));
        m_layerProblemButton->setToolTip(
            plainToolTip(tr("Files of your data folder with errors, not used:\n%1").arg(problems)));
    }
    m_layerProblemButton->setVisible(!skipped.empty());
    if (problems != m_shownLayerProblems) {
        m_shownLayerProblems = problems;
        if (!problems.isEmpty()) {
            ms::log::warning("catalog layers skipped:\n" + problems.toStdString());
            if (isInteractive()) {
                showPlainBox(this, QMessageBox::Warning, tr("Catalog Layers Skipped"),
                    tr("Some files in your data folder have errors, so they are not used; the rest of the "
                       "catalog is.\n\n%1")
                        .arg(m_catalogStore->layersSummary()),
                    problems);
            }
        }
    }
    updateStaleStatus();
    updateTitleAndStatus();
    updateEditActions();
    if (auto* dialog = findChild<StaleFactsDialog*>(QString(), Qt::FindDirectChildrenOnly);
        dialog && dialog->isVisible())
        showStaleFacts();
}

QString MainWindow::catalogStatusToolTip() const
{
    if (!m_catalogStore || !m_catalogStore->hasCatalog())
        return plainToolTip(QDir::toNativeSeparators(m_catalogPath));
    return plainToolTip(
        tr("Layers, lowest first (a later layer wins per fact):\n%1\nData folder: %2")
            .arg(m_catalogStore->layersSummary(), QDir::toNativeSeparators(fromFsPath(m_catalogStore->dataDir()))));
}

void MainWindow::updateStaleStatus()
{
    const ms::Catalog* catalog = m_catalogStore->catalog();
    if (catalog == nullptr) {
        m_staleButton->setVisible(false);
        return;
    }
    const std::vector<ms::StaleFact> stale = m_catalogStore->staleFacts(DefaultStaleMonths);
    const QLocale locale;
    const int count = static_cast<int>(stale.size());
    m_staleButton->setText(count == 1 ? tr("1 stale fact") : tr("%1 stale facts").arg(locale.toString(count)));
    m_staleButton->setIcon(count > 0 ? style()->standardIcon(QStyle::SP_MessageBoxWarning) : QIcon());
    QStringList lines;
    lines << (count == 0 ? tr("No fact is older than %1 months on %2.")
                               .arg(locale.toString(DefaultStaleMonths),
                                   locale.toString(m_catalogStore->today(), QLocale::ShortFormat))
                         : tr("Older than %1 months on %2 (click for the list):")
                               .arg(locale.toString(DefaultStaleMonths),
                                   locale.toString(m_catalogStore->today(), QLocale::ShortFormat)));
    for (int i = 0; i < std::min(count, MaxStaleInToolTip); ++i) {
        const ms::StaleFact& s = stale[static_cast<std::size_t>(i)];
        lines << tr("%1: %2, as of %3 (%4 months)")
                     .arg(qs(catalog->alternatives[s.alternativeIndex].name), staleFactLabel(*catalog, s),
                         formatAsOf(s.asOf), locale.toString(s.monthsOld));
    }
    if (count > MaxStaleInToolTip)
        lines << tr("… and %1 more").arg(locale.toString(count - MaxStaleInToolTip));
    m_staleButton->setToolTip(plainToolTip(lines.join(QLatin1Char('\n'))));
    m_staleButton->setVisible(true);
}

void MainWindow::showStaleFacts()
{
    auto* dialog = findChild<StaleFactsDialog*>(QString(), Qt::FindDirectChildrenOnly);
    if (dialog == nullptr) {
        dialog = new StaleFactsDialog(this);
        connect(dialog, &StaleFactsDialog::factActivated, this,
            [this](const QString& alternativeId, const QString& key, bool detail) {
                const int row = m_model->rowOfAlternative(alternativeId);
                if (row >= 0)
                    selectAlternativeRow(row);
                m_ui->detailsPane->selectFact(key, detail);
            });
    }
    if (const ms::Catalog* catalog = m_catalogStore->catalog()) {
        dialog->model()->setStaleFacts(*catalog, m_catalogStore->staleFacts(DefaultStaleMonths), DefaultStaleMonths);
        dialog->updateSummary(qs(catalog->title));
    }
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
}

QString MainWindow::selectedAlternativeId() const
{
    const QModelIndex current = m_ui->rankingView->currentIndex();
    return current.isValid() ? current.data(RankingTableModel::AlternativeIdRole).toString() : QString();
}

void MainWindow::updateEditActions()
{
    if (!m_catalogStore)
        return;
    const bool editable = m_catalogStore->overridesEditable();
    const bool selected = !selectedAlternativeId().isEmpty();
    QString key;
    bool detail = false;
    bool yours = false;
    if (selected && m_ui->detailsPane->currentFact(&key, &detail)) {
        if (const ms::Catalog* catalog = m_catalogStore->catalog()) {
            if (const ms::Alternative* alt = catalog->alternative(selectedAlternativeId().toStdString())) {
                const ms::Fact* fact = nullptr;
                if (detail) {
                    for (const ms::Detail& d : alt->details) {
                        if (qs(d.key) == key)
                            fact = &d.fact;
                    }
                } else {
                    fact = alt->fact(key.toStdString());
                }
                yours = fact != nullptr && fact->layer == ms::kUserLayer;
            }
        }
    }
    if (auto* action = findChild<QAction*>(QStringLiteral("actionEditFact")))
        action->setEnabled(editable && selected);
    if (auto* action = findChild<QAction*>(QStringLiteral("actionAddAlternative")))
        action->setEnabled(editable);
    if (auto* action = findChild<QAction*>(QStringLiteral("actionRevertFact")))
        action->setEnabled(editable && yours);
}

QString MainWindow::failEdit(const QString& message, const QString& details)
{
    ms::log::warning(message.toStdString() + (details.isEmpty() ? std::string() : "\n" + details.toStdString()));
    statusBar()->showMessage(message.section(QLatin1Char('\n'), 0, 0), StatusMessageMs);
    Q_EMIT catalogEditFailed(message);
    if (isInteractive())
        showPlainBox(this, QMessageBox::Warning, tr("Your Figures"), message, details);
    return message;
}

QString MainWindow::saveOverrides(const std::vector<ms::Override>& overrides, const QString& description)
{
    QString why;
    if (!m_catalogStore->overridesEditable(&why))
        return failEdit(why);
    const ms::OverridesLoadResult check = m_catalogStore->check(overrides);
    if (!check.ok()) {
        return failEdit(tr("Your figures were not saved: they would not load. Nothing changed."),
            qs(ms::formatDiagnostics(check.diagnostics)));
    }
    const QString path = m_catalogStore->overridesPath();
    const std::optional<QByteArray> before = CatalogStore::readFile(path);
    const QByteArray after = QByteArray::fromStdString(ms::overridesToJson(overrides));
    if (before == after) {
        statusBar()->showMessage(tr("Your figures are unchanged."), StatusMessageMs);
        return {};
    }
    if (const QString error = CatalogStore::writeAtomically(path, after); !error.isEmpty())
        return failEdit(tr("Your figures were not saved, so nothing changed.\n%1").arg(error));

    m_undoStack->push(new OverridesCommand(
        description, before, after, [this](const std::optional<QByteArray>& from, const std::optional<QByteArray>& to) {
            return applyOverridesFile(from, to);
        }));
    reloadCatalog();
    statusBar()->showMessage(tr("%1: saved to %2").arg(description, QDir::toNativeSeparators(path)), StatusMessageMs);
    return {};
}

bool MainWindow::applyOverridesFile(const std::optional<QByteArray>& from, const std::optional<QByteArray>& to)
{
    const QString path = m_catalogStore->overridesPath();
    // Never undo over a change made elsewhere (the CLI, an editor): it would be lost.
    if (CatalogStore::readFile(path) != from) {
        failEdit(tr("%1 was changed outside ModelScout since this step, so it is left as it is.")
                     .arg(QDir::toNativeSeparators(path)));
        reloadCatalog();
        return false;
    }
    if (const QString error = CatalogStore::restoreFile(path, to); !error.isEmpty()) {
        failEdit(tr("Your figures could not be changed back, so they stay as they are.\n%1").arg(error));
        return false;
    }
    reloadCatalog();
    return true;
}

QString MainWindow::revertOverride(const QString& alternativeId, const QString& key, bool detail)
{
    const std::vector<ms::Override>& now = m_catalogStore->overrides();
    std::vector<ms::Override> after = withoutOverride(now, alternativeId.toStdString(), key.toStdString(), detail);
    if (after.size() == now.size())
        return failEdit(tr("This value is the catalog's: there is no figure of yours to remove."));
    QString name = alternativeId;
    QString fact = key;
    if (const ms::Catalog* catalog = m_catalogStore->catalog()) {
        if (const ms::Alternative* alt = catalog->alternative(alternativeId.toStdString()))
            name = qs(alt->name);
        if (!detail) {
            if (const ms::Criterion* criterion = catalog->criterion(key.toStdString()))
                fact = qs(criterion->label.get(catalogLanguage()));
        }
    }
    return saveOverrides(after, tr("Revert %1 of %2").arg(fact, name));
}

void MainWindow::editFact(const QString& key, bool detail)
{
    QString why;
    if (!m_catalogStore->overridesEditable(&why)) {
        failEdit(why);
        return;
    }
    const QString alternativeId = selectedAlternativeId();
    if (alternativeId.isEmpty()) {
        failEdit(tr("Select an alternative in the ranking first."));
        return;
    }
    FactDialog dialog(*m_catalogStore->belowUser(), *m_catalogStore->catalog(), m_catalogStore->overrides(),
        alternativeId.toStdString(), m_catalogStore->today(), this);
    if (!key.isEmpty())
        dialog.selectFact(key, detail);
    if (dialog.exec() != QDialog::Accepted || !dialog.isInputValid())
        return;
    saveOverrides(dialog.editedOverrides(), dialog.editDescription());
}

void MainWindow::addAlternative()
{
    QString why;
    if (!m_catalogStore->overridesEditable(&why)) {
        failEdit(why);
        return;
    }
    AlternativeDialog dialog(*m_catalogStore->belowUser(), *m_catalogStore->catalog(), m_catalogStore->overrides(),
        m_catalogStore->today(), this);
    if (dialog.exec() != QDialog::Accepted || !dialog.isInputValid())
        return;
    const QString id = QString::fromStdString(dialog.alternativeId());
    if (saveOverrides(dialog.editedOverrides(), tr("Add %1").arg(dialog.nameEdit()->text().trimmed())).isEmpty()) {
        const int row = m_model->rowOfAlternative(id);
        if (row >= 0)
            selectAlternativeRow(row);
    }
}

void MainWindow::importDialog(ms::ImportFormat format)
{
    QString filter;
    switch (format) {
    case ms::ImportFormat::LiteLlm:
        filter = tr("LiteLLM price map (*.json)");
        break;
    case ms::ImportFormat::OpenRouter:
        filter = tr("OpenRouter models (*.json)");
        break;
    case ms::ImportFormat::Gpt4All:
        filter = tr("GPT4All model list (*.json)");
        break;
    }
    const QString path = QFileDialog::getOpenFileName(this, tr("Import %1").arg(qs(ms::importFormatName(format))),
        QDir::homePath(), filter + QStringLiteral(";;") + tr("All files (*)"));
    if (!path.isEmpty())
        importModelList(format, path);
}

ImportOutcome MainWindow::importModelList(ms::ImportFormat format, const QString& path)
{
    std::filesystem::path templateCatalog
        = m_catalogStore->hasCatalog() ? m_catalogStore->bottomPath() : ms::bundledCatalogPath();
    const std::filesystem::path dataDir = ms::userDataDir();
    const QDate today = m_catalogStore->today();
    const QString shownPath = QDir::toNativeSeparators(path);

    // The importer is plain C++ on values: run it off the GUI thread, with a busy indicator.
    ImportOutcome outcome;
    QProgressDialog progress(tr("Importing %1…").arg(shownPath), QString(), 0, 0, this);
    progress.setWindowTitle(tr("Import %1").arg(qs(ms::importFormatName(format))));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    progress.setCancelButton(nullptr);
    QApplication::setOverrideCursor(Qt::BusyCursor);
    QThread* worker = QThread::create([&outcome, format, path, templateCatalog, dataDir, today] {
        outcome = CatalogStore::importModelList(format, path, templateCatalog, dataDir, today);
    });
    QEventLoop loop;
    connect(worker, &QThread::finished, &loop, &QEventLoop::quit);
    worker->start();
    if (!worker->isFinished())
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    worker->wait();
    delete worker;
    progress.reset();
    QApplication::restoreOverrideCursor();

    if (!outcome.ok) {
        const QString message = tr("%1 was not imported: %2").arg(shownPath, outcome.error);
        ms::log::warning(message.toStdString() + "\n" + ms::formatDiagnostics(outcome.diagnostics));
        statusBar()->showMessage(message, StatusMessageMs);
        Q_EMIT catalogEditFailed(message);
        if (isInteractive()) {
            ImportReportDialog report(message, outcome.diagnostics, true, this);
            report.exec();
        }
        return outcome;
    }

    reloadCatalog();
    const int imported = static_cast<int>(outcome.imported);
    const QString summary = tr("Imported %Ln models from %1", nullptr, imported).arg(shownPath);
    statusBar()->showMessage(summary, StatusMessageMs);
    if (isInteractive()) {
        QString text = summary;
        if (outcome.skipped > 0)
            text += QLatin1Char('\n')
                + tr("%Ln records were skipped; the list below says why.", nullptr, static_cast<int>(outcome.skipped));
        text += QLatin1Char('\n')
            + tr("Saved as %1, dated %2. Importing this format again replaces it; your own figures stay.")
                  .arg(QDir::toNativeSeparators(outcome.layerPath), outcome.asOf);
        ImportReportDialog report(text, outcome.diagnostics, false, this);
        report.exec();
    }
    return outcome;
}

} // namespace ms::gui
