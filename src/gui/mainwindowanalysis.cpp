// SPDX-License-Identifier: MIT
// The Analysis menu of the main window: compare, sensitivity and the two ways to set
// weights from judgements. Kept apart from mainwindow.cpp; MainWindow's constructor
// calls setupAnalysisMenu().
#include "gui/mainwindow.h"

#include <algorithm>

#include <QAction>
#include <QItemSelectionModel>
#include <QMenu>
#include <QMenuBar>
#include <QTableView>

#include "gui/dialogs/ahpdialog.h"
#include "gui/dialogs/comparedialog.h"
#include "gui/dialogs/rocweightsdialog.h"
#include "gui/dialogs/sensitivitydialog.h"
#include "gui/rankingsortproxy.h"
#include "gui/rankingtablemodel.h"
#include "gui/scenariocontroller.h"
#include "gui/textutil.h"

#include "ui_mainwindow.h"

namespace ms::gui {

void MainWindow::applyWeights(const ms::Weights& weights)
{
    if (!m_catalog)
        return;
    // As if the user had moved the sliders: the scenario takes the exact weights (the
    // sliders show them in whole steps), the profile box says "Custom", and the
    // controller's scenarioChanged re-ranks once.
    m_scenarioController->setWeights(weights);
}

void MainWindow::setupAnalysisMenu()
{
    auto* menu = new QMenu(tr("&Analysis"), this);
    menu->setObjectName(QStringLiteral("menuAnalysis"));
    menuBar()->insertMenu(m_ui->menuHelp->menuAction(), menu);

    QAction* compare = menu->addAction(tr("&Compare Selected…"));
    compare->setObjectName(QStringLiteral("actionCompareSelected"));
    compare->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    compare->setToolTip(tr("Compare the selected alternative with the next, side by side"));

    QAction* sensitivity = menu->addAction(tr("&Sensitivity…"));
    sensitivity->setObjectName(QStringLiteral("actionSensitivity"));
    sensitivity->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    sensitivity->setToolTip(tr("How far each weight can move before the top choice changes"));

    menu->addSeparator();
    QAction* byRanking = menu->addAction(tr("Weights by &Ranking…"));
    byRanking->setObjectName(QStringLiteral("actionWeightsByRanking"));
    byRanking->setToolTip(tr("Set the weights by putting the criteria in order"));

    QAction* byPairs = menu->addAction(tr("Weights by &Pairs…"));
    byPairs->setObjectName(QStringLiteral("actionWeightsByPairs"));
    byPairs->setToolTip(tr("Set the weights by comparing the criteria two at a time"));

    auto compareDialog = [this]() { return findChild<CompareDialog*>(QString(), Qt::FindDirectChildrenOnly); };
    auto sensitivityDialog = [this]() { return findChild<SensitivityDialog*>(QString(), Qt::FindDirectChildrenOnly); };

    auto updateActions = [this, compare, sensitivity, byRanking, byPairs] {
        compare->setEnabled(m_hasRanking && m_engine.size() >= 2);
        sensitivity->setEnabled(m_hasRanking);
        byRanking->setEnabled(m_catalog && !m_catalog->criteria.empty());
        byPairs->setEnabled(m_catalog && m_catalog->criteria.size() >= 2);
    };
    updateActions();

    // The open analysis windows follow the ranking; they rank nothing themselves. An open
    // compare window needs the full ranking (ranking() makes it: slow on huge catalogs).
    connect(this, &MainWindow::rankingChanged, this, [this, updateActions, compareDialog, sensitivityDialog] {
        updateActions();
        if (CompareDialog* dialog = compareDialog(); dialog != nullptr && dialog->isVisible())
            dialog->setRanking(rankedCatalog(), m_hasRanking ? &ranking() : nullptr);
        if (SensitivityDialog* dialog = sensitivityDialog(); dialog != nullptr && dialog->isVisible())
            dialog->analyse(rankedCatalog(), scenario());
    });

    connect(compare, &QAction::triggered, this, [this, compareDialog] {
        if (!m_catalog || !m_hasRanking)
            return;
        // The selected rows, best first; with one, the next one down (or up, for the last).
        std::vector<std::size_t> positions;
        for (const QModelIndex& proxyIndex : m_ui->rankingView->selectionModel()->selectedRows()) {
            const auto alternative = static_cast<std::size_t>(proxyIndex.data(RankingTableModel::AlternativeIndexRole).toInt());
            if (const auto position = m_engine.positionOf(alternative))
                positions.push_back(*position);
        }
        std::sort(positions.begin(), positions.end());
        if (positions.empty())
            positions.push_back(0);
        const std::size_t ranked = m_engine.size();
        if (positions.size() == 1 && ranked >= 2)
            positions.push_back(positions.front() + 1 < ranked ? positions.front() + 1 : positions.front() - 1);
        QStringList ids;
        for (std::size_t p : positions) {
            if (p < ranked)
                ids << qs(m_catalog->alternatives[m_engine.alternativeAt(p)].id);
        }

        CompareDialog* dialog = compareDialog();
        if (dialog == nullptr)
            dialog = new CompareDialog(this);
        dialog->setRanking(rankedCatalog(), &ranking());
        dialog->setSelectedIds(ids);
        dialog->show();
        dialog->raise();
        dialog->activateWindow();
    });

    connect(sensitivity, &QAction::triggered, this, [this, sensitivityDialog] {
        if (!m_catalog)
            return;
        SensitivityDialog* dialog = sensitivityDialog();
        if (dialog == nullptr)
            dialog = new SensitivityDialog(this);
        dialog->analyse(rankedCatalog(), scenario());
        dialog->show();
        dialog->raise();
        dialog->activateWindow();
    });

    connect(byRanking, &QAction::triggered, this, [this] {
        if (!m_catalog)
            return;
        RocWeightsDialog dialog(*m_catalog, scenario().weights, this);
        if (dialog.exec() == QDialog::Accepted && !dialog.weights().empty())
            applyWeights(dialog.weights());
    });

    connect(byPairs, &QAction::triggered, this, [this] {
        if (!m_catalog)
            return;
        AhpDialog dialog(*m_catalog, scenario().weights, this);
        if (dialog.exec() == QDialog::Accepted && !dialog.weights().empty())
            applyWeights(dialog.weights());
    });
}

} // namespace ms::gui
