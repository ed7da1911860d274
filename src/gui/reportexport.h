// SPDX-License-Identifier: MIT
#pragma once

#include <optional>

#include <QString>

#include "core/report/report.h"
#include "report/pdfreport.h"

namespace ms::gui {

/** The file formats of File › Export Report…, each written by the report renderers of
 *  core/report (renderers.h) or, for PDF, by ms::writeReportPdf. */
enum class ReportFormat { Pdf, Html, Markdown, Csv, Json };

/** What the export dialog chooses (and QSettings remembers, see guisettings.h). */
struct ReportExportOptions {
    ReportFormat format = ReportFormat::Pdf;
    QString language = QStringLiteral("en"); ///< the report's language, "en" or "tr" (not the GUI's)
    ms::PaperSize paper = ms::PaperSize::A4; ///< PDF and printing only
    int topN = 5;                            ///< alternatives explained in detail, 1..MaxTopN
};

/** The largest top N the dialog offers. */
inline constexpr int MaxReportTopN = 50;

/** Every format, in the order the dialog lists them. */
inline constexpr ReportFormat AllReportFormats[] = {ReportFormat::Pdf, ReportFormat::Html, ReportFormat::Markdown,
                                                    ReportFormat::Csv, ReportFormat::Json};

/** The key stored in QSettings and used as the CLI's --format: "pdf", "html", "md", "csv", "json". */
[[nodiscard]] QString reportFormatKey(ReportFormat format);
/** The format of a key as reportFormatKey writes it; nullopt for anything else. */
[[nodiscard]] std::optional<ReportFormat> reportFormatFromKey(const QString& key);
/** The file name suffix without the dot: "pdf", "html", "md", "csv", "json". */
[[nodiscard]] QString reportSuffix(ReportFormat format);
/** The format's name for people, translated ("PDF document", "Markdown", …). */
[[nodiscard]] QString reportFormatName(ReportFormat format);
/** The QFileDialog name filter of the format, e.g. "PDF documents (*.pdf)". */
[[nodiscard]] QString reportFileFilter(ReportFormat format);
/** `path` with the format's suffix appended unless it already ends with it (any case);
 *  ".markdown" and ".htm" count for Markdown and HTML. */
[[nodiscard]] QString withReportSuffix(const QString& path, ReportFormat format);

/** "a4" / "letter", and back (anything else is A4). */
[[nodiscard]] QString paperKey(ms::PaperSize paper);
[[nodiscard]] ms::PaperSize paperFromKey(const QString& key);

/** The export options remembered in QSettings, with `defaultLanguage` ("en"/"tr") when
 *  none is stored; values out of range fall back to the defaults above. */
[[nodiscard]] ReportExportOptions rememberedExportOptions(const QString& defaultLanguage);
/** Remembers `options` in QSettings. */
void rememberExportOptions(const ReportExportOptions& options);

/** The report language that goes with the GUI's: "tr" when QLocale()'s language (the
 *  default locale the language setting installs) is Turkish, else "en". */
[[nodiscard]] QString defaultReportLanguage();

/** Writes `report` to `path` in `options.format`: PDF with ms::writeReportPdf on
 *  `options.paper`, the others rendered by the core (renderMarkdown, renderHtml, renderCsv,
 *  renderJson) and written as UTF-8 through QSaveFile, so that a failure never leaves a
 *  half-written file or harms an existing one. Needs a QGuiApplication for PDF.
 *  Returns an empty string, or a message naming the file and the reason (e.g. the folder
 *  is not writable). */
[[nodiscard]] QString writeReportFile(const ms::Report& report, const QString& path, const ReportExportOptions& options);

} // namespace ms::gui
