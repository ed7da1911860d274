// SPDX-License-Identifier: MIT
#pragma once

#include <QCollator>
#include <QSortFilterProxyModel>

namespace ms::gui {

/** Sorts a `RankingTableModel` on its raw values (`RawValueRole`): numbers as numbers,
 *  whatever the display text or locale (case C14). Equal values keep catalog order,
 *  which is also the ranking's order for ties, so the order is total and stable.
 *  Cells without a value (no ranking yet) sort after every value. */
class RankingSortProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit RankingSortProxy(QObject* parent = nullptr);

protected:
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    QCollator m_collator; ///< for text columns: locale order, case-insensitive, numbers as numbers
};

} // namespace ms::gui
