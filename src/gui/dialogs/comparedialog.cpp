// SPDX-License-Identifier: MIT
#include "gui/dialogs/comparedialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

#include "gui/textutil.h"
#include "gui/views/compareview.h"
#include "gui/views/contributionchart.h"

namespace ms::gui {

CompareDialog::CompareDialog(QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("compareDialog"));
    setWindowTitle(tr("Compare Alternatives"));
    setModal(false);
    resize(1000, 720);

    auto* layout = new QVBoxLayout(this);
    m_tabs = new QTabWidget(this);
    m_tabs->setDocumentMode(true);

    auto* comparePage = new QWidget(m_tabs);
    auto* compareLayout = new QVBoxLayout(comparePage);
    compareLayout->setContentsMargins(0, 6, 0, 0);
    auto* pickerRow = new QHBoxLayout;
    auto* pickerLabel = new QLabel(tr("&Compare:"), comparePage);
    pickerLabel->setTextFormat(Qt::PlainText);
    pickerRow->addWidget(pickerLabel);
    for (int i = 0; i < static_cast<int>(CompareView::MaximumAlternatives); ++i) {
        auto* picker = new QComboBox(comparePage);
        picker->setObjectName(QStringLiteral("comparePicker%1").arg(i + 1));
        picker->setAccessibleName(tr("Alternative %1").arg(i + 1));
        picker->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        picker->setMinimumContentsLength(14);
        connect(picker, &QComboBox::currentIndexChanged, this, [this] {
            if (m_filling)
                return;
            m_selectedIds.clear();
            for (QComboBox* p : m_pickers) {
                const QString id = p->currentData().toString();
                if (!id.isEmpty() && !m_selectedIds.contains(id))
                    m_selectedIds << id;
            }
            updateView();
        });
        pickerRow->addWidget(picker, 1);
        m_pickers.push_back(picker);
    }
    pickerLabel->setBuddy(m_pickers.front());
    compareLayout->addLayout(pickerRow);
    m_view = new CompareView(comparePage);
    compareLayout->addWidget(m_view, 1);
    m_tabs->addTab(comparePage, tr("Side by Side"));

    m_chart = new ContributionChart(m_tabs);
    m_tabs->addTab(m_chart, tr("Top Ten Breakdown"));
    layout->addWidget(m_tabs, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    layout->addWidget(buttons);

    setRanking(nullptr, nullptr);
}

void CompareDialog::setRanking(const ms::Catalog* catalog, const ms::Ranking* ranking)
{
    m_hasRanking = catalog != nullptr && ranking != nullptr;
    m_catalog = catalog ? *catalog : ms::Catalog {};
    m_ranking = ranking ? *ranking : ms::Ranking {};
    fillPickers();
    updateView();
}

void CompareDialog::setSelectedIds(const QStringList& alternativeIds)
{
    m_selectedIds.clear();
    for (const QString& id : alternativeIds) {
        if (!m_selectedIds.contains(id)
            && m_selectedIds.size() < static_cast<qsizetype>(CompareView::MaximumAlternatives))
            m_selectedIds << id;
    }
    fillPickers();
    updateView();
}

QStringList CompareDialog::selectedIds() const
{
    return m_selectedIds;
}

void CompareDialog::fillPickers()
{
    m_filling = true;
    const QLocale locale;
    for (std::size_t p = 0; p < m_pickers.size(); ++p) {
        QComboBox* picker = m_pickers[p];
        picker->clear();
        picker->addItem(tr("—"), QString());
        for (const ms::RankedAlternative& row : m_ranking.rows) {
            if (row.alternativeIndex >= m_catalog.alternatives.size())
                continue;
            const ms::Alternative& alt = m_catalog.alternatives[row.alternativeIndex];
            picker->addItem(tr("%1. %2").arg(locale.toString(row.rank), qs(alt.name)), qs(alt.id));
        }
        const QString id
            = static_cast<qsizetype>(p) < m_selectedIds.size() ? m_selectedIds[static_cast<qsizetype>(p)] : QString();
        const int index = id.isEmpty() ? 0 : picker->findData(id);
        picker->setCurrentIndex(index < 0 ? 0 : index);
        picker->setEnabled(m_hasRanking);
    }
    m_filling = false;
}

void CompareDialog::updateView()
{
    if (!m_hasRanking) {
        m_view->clear();
        m_chart->clear();
        return;
    }
    std::vector<std::size_t> indices;
    for (const QString& id : m_selectedIds) {
        for (std::size_t i = 0; i < m_catalog.alternatives.size(); ++i) {
            if (qs(m_catalog.alternatives[i].id) == id) {
                indices.push_back(i);
                break;
            }
        }
    }
    m_view->setSelection(m_catalog, m_ranking, indices);
    m_chart->setRanking(m_catalog, m_ranking);
}

} // namespace ms::gui
