// SPDX-License-Identifier: MIT
#include "gui/dialogs/stalefactsdialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableView>
#include <QVBoxLayout>

#include "gui/stalefactsmodel.h"

namespace ms::gui {

StaleFactsDialog::StaleFactsDialog(QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("staleFactsDialog"));
    setWindowTitle(tr("Stale Facts"));
    resize(720, 420);
    auto* layout = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    m_model = new StaleFactsModel(this);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("staleFactsView"));
    m_view->setModel(m_model);
    m_view->setAccessibleName(tr("Stale facts"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->setVisible(false);
    m_view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_view->horizontalHeader()->setSectionResizeMode(StaleFactsModel::AlternativeColumn, QHeaderView::Stretch);
    m_view->horizontalHeader()->setSectionResizeMode(StaleFactsModel::FactColumn, QHeaderView::Stretch);
    for (int c :
        { int(StaleFactsModel::AsOfColumn), int(StaleFactsModel::AgeColumn), int(StaleFactsModel::LayerColumn) })
        m_view->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    layout->addWidget(m_view, 1);

    auto* hint = new QLabel(tr("Double-click a fact to see it in the details pane; Edit › Edit Fact… gives it a "
                               "figure of your own with today's date."),
        this);
    hint->setTextFormat(Qt::PlainText);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(hint);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_view, &QTableView::activated, this, [this](const QModelIndex& index) {
        Q_EMIT factActivated(index.data(StaleFactsModel::AlternativeIdRole).toString(),
            index.data(StaleFactsModel::FactKeyRole).toString(), index.data(StaleFactsModel::IsDetailRole).toBool());
    });
}

void StaleFactsDialog::updateSummary(const QString& catalogTitle)
{
    const QLocale locale;
    const int count = m_model->rowCount();
    const QString threshold = locale.toString(m_model->thresholdMonths());
    if (count == 0)
        m_summary->setText(tr("No fact of %1 is older than %2 months.").arg(catalogTitle, threshold));
    else if (count == 1)
        m_summary->setText(tr("1 fact of %1 is older than %2 months. Check it at its source before you rely on it.")
                               .arg(catalogTitle, threshold));
    else
        m_summary->setText(tr("%1 facts of %2 are older than %3 months. Check them at their source before you rely "
                              "on them.")
                               .arg(locale.toString(count), catalogTitle, threshold));
}

} // namespace ms::gui
