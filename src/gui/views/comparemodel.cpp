// SPDX-License-Identifier: MIT
#include "gui/language.h"
#include "gui/views/comparemodel.h"

#include <algorithm>
#include <cmath>

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

#include "gui/textutil.h"

namespace ms::gui {

namespace {

/** Two utilities closer than this are the same value (the ranking's tie tolerance). */
constexpr double SameUtility = 1e-12;

const ms::RankedAlternative* findRow(const ms::Ranking& ranking, std::size_t alternativeIndex)
{
    const auto it = std::find_if(ranking.rows.begin(), ranking.rows.end(),
        [alternativeIndex](const ms::RankedAlternative& r) { return r.alternativeIndex == alternativeIndex; });
    return it == ranking.rows.end() ? nullptr : &*it;
}

QColor bestTint()
{
    // A green tint blended into the base colour, so it reads on light and dark palettes.
    const QColor base = QGuiApplication::palette().color(QPalette::Base);
    const QColor green(0x59, 0xa1, 0x4f);
    const double a = 0.28;
    return QColor::fromRgbF(static_cast<float>(base.redF() * (1 - a) + green.redF() * a),
        static_cast<float>(base.greenF() * (1 - a) + green.greenF() * a),
        static_cast<float>(base.blueF() * (1 - a) + green.blueF() * a));
}

} // namespace

CompareModel::CompareModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void CompareModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_columns.clear();
    endResetModel();
}

void CompareModel::setSelection(
    const ms::Catalog& catalog, const ms::Ranking& ranking, const std::vector<std::size_t>& alternativeIndices)
{
    const QLocale locale;
    std::vector<Column> columns;
    std::vector<const ms::RankedAlternative*> ranked;
    std::vector<const ms::Alternative*> alternatives;
    for (std::size_t index : alternativeIndices) {
        if (index >= catalog.alternatives.size())
            continue;
        const ms::Alternative& alt = catalog.alternatives[index];
        const ms::RankedAlternative* row = findRow(ranking, index);
        Column column;
        column.alternativeId = qs(alt.id);
        column.name = qs(alt.name);
        column.toolTip = row != nullptr
            ? tr("%1\nRank %2 · score %3 / 100")
                  .arg(column.name, locale.toString(row->rank), locale.toString(row->score * 100.0, 'f', 1))
            : tr("%1\nNot ranked").arg(column.name);
        columns.push_back(std::move(column));
        ranked.push_back(row);
        alternatives.push_back(&alt);
    }

    std::vector<std::size_t> order(catalog.criteria.size());
    for (std::size_t j = 0; j < order.size(); ++j)
        order[j] = j;
    auto weightOf = [&ranking](std::size_t j) {
        return j < ranking.normalisedWeights.size() ? ranking.normalisedWeights[j] : 0.0;
    };
    std::stable_sort(
        order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return weightOf(a) > weightOf(b); });

    std::vector<Row> rows;
    for (std::size_t j : order) {
        const ms::Criterion& criterion = catalog.criteria[j];
        Row row;
        row.criterionId = qs(criterion.id);
        row.label = qs(criterion.label.get(catalogLanguage()));
        row.weight = weightOf(j);
        QString tip = row.label;
        const QString description = qs(criterion.description.get(catalogLanguage()));
        if (!description.isEmpty())
            tip += QLatin1Char('\n') + description;
        tip += QLatin1Char('\n')
            + (row.weight > 0.0 ? tr("Weight: %1 % of the total").arg(locale.toString(row.weight * 100.0, 'f', 1))
                                : tr("Weight 0: not part of the score"));
        row.toolTip = tip;

        double bestUtility = -1.0;
        double worstUtility = 2.0;
        int known = 0;
        for (std::size_t c = 0; c < alternatives.size(); ++c) {
            const ms::Fact* fact = alternatives[c]->fact(criterion.id);
            Cell cell;
            const ms::FactValue value = fact ? fact->value : ms::FactValue::unknown();
            cell.known = value.isKnown();
            cell.text
                = formatFactValue(value, value.kind == ms::FactValue::Kind::Number ? criterion.unit : std::string());
            QString cellTip = cell.text;
            if (fact != nullptr && fact->estimate) {
                cell.estimate = true;
                cell.text = tr("≈ %1").arg(cell.text);
                cellTip = fact->note.empty() ? tr("%1 (the editors' estimate)").arg(cellTip)
                                             : tr("%1 (estimate: %2)").arg(cellTip, qs(fact->note));
            } else if (fact != nullptr && !fact->note.empty()) {
                cellTip += QLatin1Char('\n') + qs(fact->note);
            }
            if (fact != nullptr && !fact->asOf.empty())
                cellTip += QLatin1Char('\n') + tr("As of %1").arg(qs(fact->asOf));
            if (const ms::RankedAlternative* r = ranked[c]; r != nullptr && j < r->contributions.size()) {
                cell.ranked = true;
                cell.utility = r->contributions[j].utility;
                if (row.weight > 0.0)
                    cellTip += QLatin1Char('\n')
                        + tr("Adds %1 points").arg(locale.toString(r->contributions[j].contribution * 100.0, 'f', 1));
            }
            cell.toolTip = cellTip;
            if (cell.known && cell.ranked) {
                ++known;
                bestUtility = std::max(bestUtility, cell.utility);
                worstUtility = std::min(worstUtility, cell.utility);
            }
            row.cells.push_back(std::move(cell));
        }
        // A best value only where known values differ: with one known value, or all
        // values equal, there is nothing to point at.
        const bool differs = known >= 2 && bestUtility - worstUtility > SameUtility;
        if (differs) {
            for (Cell& cell : row.cells) {
                if (cell.known && cell.ranked && std::fabs(cell.utility - bestUtility) <= SameUtility)
                    cell.best = true;
            }
        }
        rows.push_back(std::move(row));
    }

    beginResetModel();
    m_columns = std::move(columns);
    m_rows = std::move(rows);
    endResetModel();
}

int CompareModel::rowOfCriterion(const QString& criterionId) const
{
    for (std::size_t r = 0; r < m_rows.size(); ++r) {
        if (m_rows[r].criterionId == criterionId)
            return static_cast<int>(r);
    }
    return -1;
}

int CompareModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int CompareModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_columns.size());
}

QVariant CompareModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows[static_cast<std::size_t>(index.row())];
    const Cell& cell = row.cells[static_cast<std::size_t>(index.column())];
    switch (role) {
    case Qt::DisplayRole:
        return cell.text;
    case Qt::ToolTipRole:
        return plainToolTip(cell.toolTip);
    case Qt::AccessibleDescriptionRole:
        return cell.best ? tr("best of the compared") : QString();
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::Alignment(Qt::AlignLeft | Qt::AlignVCenter));
    case Qt::FontRole:
        if (cell.best || cell.estimate || !cell.known) {
            QFont font;
            font.setBold(cell.best);
            font.setItalic(cell.estimate || !cell.known);
            return font;
        }
        return {};
    case Qt::BackgroundRole:
        if (cell.best)
            return QBrush(bestTint());
        return {};
    case Qt::ForegroundRole:
        if (!cell.known || row.weight <= 0.0)
            return QBrush(QGuiApplication::palette().color(QPalette::PlaceholderText));
        return {};
    case RawValueRole:
        return cell.ranked ? QVariant(cell.utility) : QVariant();
    case IsBestRole:
        return cell.best;
    case CriterionIdRole:
        return row.criterionId;
    case AlternativeIdRole:
        return m_columns[static_cast<std::size_t>(index.column())].alternativeId;
    default:
        return {};
    }
}

QVariant CompareModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (section < 0)
        return {};
    if (orientation == Qt::Horizontal) {
        if (static_cast<std::size_t>(section) >= m_columns.size())
            return {};
        const Column& column = m_columns[static_cast<std::size_t>(section)];
        switch (role) {
        case Qt::DisplayRole:
            return column.name;
        case Qt::ToolTipRole:
            return plainToolTip(column.toolTip);
        case AlternativeIdRole:
            return column.alternativeId;
        default:
            return {};
        }
    }
    if (static_cast<std::size_t>(section) >= m_rows.size())
        return {};
    const Row& row = m_rows[static_cast<std::size_t>(section)];
    switch (role) {
    case Qt::DisplayRole:
        return tr("%1 (%2 %)").arg(row.label, QLocale().toString(row.weight * 100.0, 'f', 0));
    case Qt::ToolTipRole:
        return plainToolTip(row.toolTip);
    case Qt::ForegroundRole:
        if (row.weight <= 0.0)
            return QBrush(QGuiApplication::palette().color(QPalette::PlaceholderText));
        return {};
    case CriterionIdRole:
        return row.criterionId;
    default:
        return {};
    }
}

} // namespace ms::gui
