// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>

class QLabel;
class QTableView;

namespace ms::gui {

class StaleFactsModel;

/** Lists the stale facts (StaleFactsModel); double-clicking or pressing Enter on one
 *  emits factActivated so the main window can show that alternative's facts. */
class StaleFactsDialog : public QDialog {
    Q_OBJECT

public:
    explicit StaleFactsDialog(QWidget* parent = nullptr);

    [[nodiscard]] StaleFactsModel* model() const { return m_model; }
    [[nodiscard]] QTableView* view() const { return m_view; }
    /** Updates the sentence above the list from the model. */
    void updateSummary(const QString& catalogTitle);

Q_SIGNALS:
    void factActivated(const QString& alternativeId, const QString& key, bool detail);

private:
    StaleFactsModel* m_model = nullptr;
    QTableView* m_view = nullptr;
    QLabel* m_summary = nullptr;
};

} // namespace ms::gui
