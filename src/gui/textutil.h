// SPDX-License-Identifier: MIT
#pragma once

#include <string>

#include <QString>

class QLabel;
class QWidget;

#include "core/catalog/catalog.h"

/** Small helpers for showing catalog text safely: catalog text is untrusted plain
 *  text (case C19), so it is converted, never interpreted as markup. */
namespace ms::gui {

/** UTF-8 std::string to QString. */
[[nodiscard]] QString qs(const std::string& text);

/** A tooltip that shows `text` literally: Qt guesses whether a tooltip is rich text,
 *  so plain text is escaped and wrapped into a paragraph here. Empty stays empty. */
[[nodiscard]] QString plainToolTip(const QString& text);

/** True when `url` is an absolute http:// or https:// URL with a host. */
[[nodiscard]] bool isWebUrl(const QString& url);

/** A catalog unit in the window's language: the units of the bundled catalog
 *  ("interactions/month", "USD/month", "steps", "USD/1M tokens"…) through tr() in the
 *  context "ms::gui::CatalogWords"; any other unit as it is (the catalog format has
 *  no Turkish field for units). */
[[nodiscard]] QString displayUnit(const std::string& unit);

/** An ordinal level in the window's language: the levels of the bundled catalog
 *  ("public", "waitlist", "contact_only", "discontinued") through tr(); any other level
 *  as a word ("early_access" → "early access"). */
[[nodiscard]] QString displayLevel(const std::string& level);

/** A fact's value for display: "unknown", "unlimited", "yes"/"no", a locale-formatted
 *  number followed by displayUnit(`unit`) when given, or the text (a bundled ordinal
 *  level in the window's language, other text as it is). */
[[nodiscard]] QString formatFactValue(const ms::FactValue& value, const std::string& unit);

/** A QLabel that shows `text` literally (Qt::PlainText), never as markup (case C19). */
[[nodiscard]] QLabel* plainLabel(const QString& text, QWidget* parent);

} // namespace ms::gui
