// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

namespace ms::gui {

/** Folds `text` for a case- and accent-insensitive search that is right for Turkish
 *  (case C02): the dotted capital İ, the dotless ı and the ASCII I all become "i";
 *  everything else is Unicode case-folded (`QString::toCaseFolded`, never the process
 *  locale's toLower), decomposed (NFD) and stripped of its combining marks, so "Ç"
 *  matches "c" and "ASİSTAN", "ASISTAN", "asistan" and "asıstan" all match "Asistanı".
 *  The result is for comparison only, never for display. */
[[nodiscard]] QString foldForSearch(const QString& text);

/** The words of a search query, each folded with foldForSearch; empty words dropped. */
[[nodiscard]] QStringList foldedSearchTerms(const QString& query);

/** True when every term of `terms` (from foldedSearchTerms) occurs in `foldedText`
 *  (from foldForSearch). No terms match everything. */
[[nodiscard]] bool matchesSearch(const QString& foldedText, const QStringList& terms);

} // namespace ms::gui
