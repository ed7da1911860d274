// SPDX-License-Identifier: MIT
#pragma once

#include <string>

namespace ms {

/** A fact's value: unknown (JSON null), a boolean, a number, "unlimited", or text
 *  (an ordinal level or free text for details). */
struct FactValue {
    enum class Kind { Unknown, Boolean, Number, Unlimited, Text };
    Kind kind = Kind::Unknown;
    bool boolean = false;
    double number = 0.0;
    std::string text;

    [[nodiscard]] bool isKnown() const { return kind != Kind::Unknown; }
    static FactValue unknown() { return {}; }
    static FactValue ofBool(bool b) { FactValue v; v.kind = Kind::Boolean; v.boolean = b; return v; }
    static FactValue ofNumber(double d) { FactValue v; v.kind = Kind::Number; v.number = d; return v; }
    static FactValue unlimited() { FactValue v; v.kind = Kind::Unlimited; return v; }
    static FactValue ofText(std::string t) { FactValue v; v.kind = Kind::Text; v.text = std::move(t); return v; }
};

} // namespace ms
