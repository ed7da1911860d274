// SPDX-License-Identifier: MIT
#pragma once

#include <string>

#include "core/catalog/catalog.h"
#include "core/decision/ranking.h"

namespace ms {

/** What the PDF report says besides the ranking itself. */
struct PdfReportOptions {
    std::string lang = "en";   ///< "en" or "tr": report language (anything else is English)
    std::string profileLabel;  ///< e.g. "Free for players, few setup steps, voice" or "custom weights"
    std::string generatedAt;   ///< ISO date-time; empty = now (UTC)
    std::string appVersion;    ///< e.g. "0.1.0"
};

/** Writes the recommendation report of `ranking` (made from `catalog` with `weights`)
 *  to `path` as an A4 PDF: the recommendation in one sentence, the catalog's identity,
 *  the normalised weights, the ranked table (rows never split across pages; the header
 *  repeats on every page), why the top three rank where they do (ms::explain) and the
 *  catalog's sources.
 *
 *  Catalog text is printed literally (case C19); the text is set in DejaVu Sans, embedded
 *  as a subset, so that it extracts exactly (cases C16, C18). Numbers never use the process
 *  locale: '.' for English, the Turkish decimal comma for "tr".
 *
 *  Needs a QGuiApplication (the offscreen platform is fine). The file is written
 *  atomically. Returns an empty string on success, else a message naming the path and
 *  the reason. */
std::string writePdfReport(const Catalog& catalog, const Ranking& ranking, const Weights& weights,
                           const std::string& path, const PdfReportOptions& options = {});

} // namespace ms
