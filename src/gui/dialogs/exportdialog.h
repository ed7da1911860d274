// SPDX-License-Identifier: MIT
#pragma once

#include <memory>

#include <QDialog>

#include "gui/reportexport.h"

namespace Ui {
class ExportDialog;
}

namespace ms::gui {

/** File › Export Report…: chooses the format (PDF, HTML, Markdown, CSV, JSON), the report's
 *  language (English or Turkish, independent of the GUI's), the paper of a PDF (A4 or
 *  Letter; disabled for the other formats) and how many alternatives are explained in
 *  detail (1..MaxReportTopN). The form is ui/exportdialog.ui. The dialog only chooses:
 *  the window asks for the file name afterwards (its filter follows the format). */
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    /** Shows `options` (e.g. rememberedExportOptions()). */
    explicit ExportDialog(const ReportExportOptions& options, QWidget* parent = nullptr);
    ~ExportDialog() override;

    /** What the controls say now. */
    [[nodiscard]] ReportExportOptions options() const;
    /** Shows `options` in the controls. */
    void setOptions(const ReportExportOptions& options);

private:
    void updateEnabled();

    std::unique_ptr<Ui::ExportDialog> m_ui;
};

} // namespace ms::gui
