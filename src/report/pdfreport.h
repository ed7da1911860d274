// SPDX-License-Identifier: MIT
#pragma once

#include <string>

#include "core/catalog/catalog.h"
#include "core/decision/ranking.h"
#include "core/report/report.h"

class QPagedPaintDevice;
class QPainter;

namespace ms {

/** Paper of the PDF report. */
enum class PaperSize { A4, Letter };

/** How a Report is put on paper. */
struct PdfOptions {
    PaperSize paper = PaperSize::A4;
    bool charts = true; ///< the contribution bars of the top five and the radar of the top three
};

/** Writes `report` to `path` as a PDF: first a one-page summary (the recommendation, the
 *  scenario, the top of the ranked table, the three strongest reasons of the first choice
 *  and the contribution bars of the top five), then the evidence (the full ranked table,
 *  the top N in detail with a radar chart of the top three, excluded and dominated
 *  alternatives, sensitivity, every fact used with its source, and the method appendix).
 *  Every page has a footer with its number ("page 2 of 7"); pages after the first a header.
 *
 *  Pages are painted with QPainter on a QPdfWriter by paintReport, which printing shares
 *  (text through QTextLayout, charts as vector paths; no raster image is embedded); only
 *  this file gets the post-processing of font names and text runs (pdfpostprocess.h). Table rows are never split across pages
 *  and the header row repeats on every page a table spans (case C17). Text is set in DejaVu
 *  Sans, embedded as a subset (C16), so that pdftotext gives back exactly what the report
 *  holds, Turkish letters and ₺ included (C18). Catalog text is drawn as plain text, never
 *  interpreted as markup (C19). Numbers come formatted from the core, never from the
 *  process locale. Lines are at least 0.5 pt wide.
 *
 *  Needs a QGuiApplication (the offscreen platform is fine). The file is written atomically.
 *  Returns an empty string on success, else a message naming the path and the reason. */
std::string writeReportPdf(const Report& report, const std::string& path, const PdfOptions& options = {});

/** How paintReport and printReport put a Report on a paged device. */
struct ReportPaintOptions {
    bool charts = true; ///< as PdfOptions::charts
    int fromPage = 0;   ///< first page painted, 1-based (e.g. QPrinter::fromPage()); 0 = the first
    int toPage = 0;     ///< last page painted, inclusive; 0 = the last
};

/** Paints the pages of `report` with `painter`, already begun on `device` (a QPdfWriter, a
 *  QPrinter, the printer of a QPrintPreviewDialog), calling `device.newPage()` between
 *  pages. The pages are the PDF's (writeReportPdf shares this code): laid out for the
 *  device's full page size (pageLayout().fullRect() in points; the paper size and
 *  orientation of a print dialog are honoured) with text measured at 720 dpi whatever the
 *  device's resolution, so a printout breaks pages where the PDF does. The painter is
 *  scaled from 720 dpi to the device's logical dpi and shifted so that the layout's origin
 *  is the paper's corner (QPrinter::setFullPage(true) or not). The painter's state is
 *  restored afterwards; the painter is not ended. Returns the report's page count (all
 *  pages, also when `options` asks for fewer). */
int paintReport(const Report& report, QPainter& painter, QPagedPaintDevice& device,
                const ReportPaintOptions& options = {});

/** Begins a painter on `device`, paints the report with paintReport and ends it: the
 *  entry point for printing (QPrinter, also with QPrinter::PdfFormat). No PDF
 *  post-processing is applied (that belongs to writeReportPdf's file). Needs a
 *  QGuiApplication. Returns an empty string on success, else a message saying why. */
std::string printReport(const Report& report, QPagedPaintDevice& device, const ReportPaintOptions& options = {});

/** What the PDF report says besides the ranking itself (the older entry point). */
struct PdfReportOptions {
    std::string lang = "en";   ///< "en" or "tr": report language (anything else is English)
    std::string profileLabel;  ///< e.g. "Free for players, few setup steps, voice" or "custom weights"
    std::string generatedAt;   ///< ISO date-time; empty = now (UTC)
    std::string appVersion;    ///< e.g. "0.1.0"
};

/** The recommendation report of `ranking` (made from `catalog` with `weights`) as an A4
 *  PDF: a thin wrapper that builds the Report (buildReport with the ranking's method,
 *  normalisation, policy and constraints) and calls writeReportPdf. Returns an empty
 *  string on success, else a message naming the path and the reason. */
std::string writePdfReport(const Catalog& catalog, const Ranking& ranking, const Weights& weights,
                           const std::string& path, const PdfReportOptions& options = {});

} // namespace ms
