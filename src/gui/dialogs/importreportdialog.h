// SPDX-License-Identifier: MIT
#pragma once

#include <vector>

#include <QDialog>

#include "core/catalog/diagnostic.h"

class QLabel;
class QListWidget;

namespace ms::gui {

/** What an import did: a sentence ("Imported 331 models from FILE; 5 records were
 *  skipped.") and every warning and error of the importer in a list (plain text,
 *  one diagnostic per line, copyable). */
class ImportReportDialog : public QDialog {
    Q_OBJECT

public:
    ImportReportDialog(
        const QString& summary, const std::vector<ms::Diagnostic>& diagnostics, bool failed, QWidget* parent = nullptr);

    [[nodiscard]] QLabel* summaryLabel() const { return m_summary; }
    [[nodiscard]] QListWidget* list() const { return m_list; }

private:
    QLabel* m_summary = nullptr;
    QListWidget* m_list = nullptr;
};

} // namespace ms::gui
