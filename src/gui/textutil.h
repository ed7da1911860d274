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

/** A fact's value for display: "unknown", "unlimited", "yes"/"no", a locale-formatted
 *  number followed by `unit` when given, or the text. */
[[nodiscard]] QString formatFactValue(const ms::FactValue& value, const std::string& unit);

/** A QLabel that shows `text` literally (Qt::PlainText), never as markup (case C19). */
[[nodiscard]] QLabel* plainLabel(const QString& text, QWidget* parent);

} // namespace ms::gui
