// SPDX-License-Identifier: MIT
#include "gui/stalefactsmodel.h"

#include <QLocale>

#include "gui/catalogstore.h"
#include "gui/language.h"
#include "gui/textutil.h"

namespace ms::gui {

StaleFactsModel::StaleFactsModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void StaleFactsModel::setStaleFacts(
    const ms::Catalog& catalog, const std::vector<ms::StaleFact>& stale, int thresholdMonths)
{
    beginResetModel();
    m_rows.clear();
    m_threshold = thresholdMonths;
    const QLocale locale;
    for (const ms::StaleFact& s : stale) {
        if (s.alternativeIndex >= catalog.alternatives.size())
            continue;
        const ms::Alternative& alt = catalog.alternatives[s.alternativeIndex];
        Row row;
        row.alternativeId = qs(alt.id);
        row.alternative = qs(alt.name);
        row.key = qs(s.criterionOrDetail);
        row.detail = s.detail;
        const ms::Fact* fact = nullptr;
        if (s.detail) {
            for (const ms::Detail& d : alt.details) {
                if (d.key == s.criterionOrDetail) {
                    fact = &d.fact;
                    row.fact = d.label.get(catalogLanguage()).empty() ? qs(d.key) : qs(d.label.get(catalogLanguage()));
                    break;
                }
            }
        } else {
            fact = alt.fact(s.criterionOrDetail);
            const ms::Criterion* criterion = catalog.criterion(s.criterionOrDetail);
            row.fact = criterion ? qs(criterion->label.get(catalogLanguage())) : row.key;
        }
        if (row.fact.isEmpty())
            row.fact = row.key;
        row.asOf = qs(s.asOf);
        row.asOfShown = formatAsOf(s.asOf, locale);
        row.months = s.monthsOld;
        if (fact != nullptr) {
            row.layer = layerLabel(fact->layer);
            row.layerTip = layerToolTip(fact->layer);
        }
        m_rows.push_back(std::move(row));
    }
    endResetModel();
}

int StaleFactsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int StaleFactsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StaleFactsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case AlternativeColumn:
            return row.alternative;
        case FactColumn:
            return row.detail ? tr("%1 (detail)").arg(row.fact) : row.fact;
        case AsOfColumn:
            return row.asOfShown;
        case AgeColumn:
            return tr("%1 months").arg(QLocale().toString(row.months));
        case LayerColumn:
            return row.layer;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        switch (index.column()) {
        case AsOfColumn:
            return plainToolTip(tr("As of %1: %2 months old; facts older than %3 months count as stale")
                                    .arg(row.asOf, QLocale().toString(row.months), QLocale().toString(m_threshold)));
        case LayerColumn:
            return plainToolTip(row.layerTip);
        case AlternativeColumn:
            return plainToolTip(row.alternative);
        case FactColumn:
            return plainToolTip(row.fact);
        default:
            return {};
        }
    case Qt::TextAlignmentRole:
        if (index.column() == AgeColumn)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return {};
    case AlternativeIdRole:
        return row.alternativeId;
    case FactKeyRole:
        return row.key;
    case IsDetailRole:
        return row.detail;
    case MonthsRole:
        return row.months;
    default:
        return {};
    }
}

QVariant StaleFactsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case AlternativeColumn:
        return tr("Alternative");
    case FactColumn:
        return tr("Fact");
    case AsOfColumn:
        return tr("As of");
    case AgeColumn:
        return tr("Age");
    case LayerColumn:
        return tr("Layer");
    default:
        return {};
    }
}

} // namespace ms::gui
