// SPDX-License-Identifier: MIT
#include "core/util/text.h"

#include <array>
#include <charconv>
#include <cmath>

namespace ms {

std::string formatFixed(double value, int decimals)
{
    if (!std::isfinite(value))
        return "n/a";
    std::array<char, 64> buffer{};
    const auto [end, ec] = std::to_chars(buffer.data(), buffer.data() + buffer.size(), value,
                                         std::chars_format::fixed, decimals);
    if (ec != std::errc())
        return "n/a";
    std::string out(buffer.data(), end);
    if (out.rfind("-0", 0) == 0 && out.find_first_not_of("-0.") == std::string::npos)
        out.erase(0, 1); // "-0.0" reads as a sign error to a person
    return out;
}

std::size_t displayWidth(std::string_view text)
{
    std::size_t n = 0;
    for (const char c : text) {
        if ((static_cast<unsigned char>(c) & 0xC0) != 0x80)
            ++n;
    }
    return n;
}

std::string fitToWidth(std::string_view text, std::size_t width)
{
    if (width == 0)
        return {};
    if (displayWidth(text) <= width)
        return std::string(text) + std::string(width - displayWidth(text), ' ');
    std::string out;
    std::size_t n = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const bool start = (static_cast<unsigned char>(text[i]) & 0xC0) != 0x80;
        if (start && ++n > width - 1)
            break;
        out += text[i];
    }
    return out + "…";
}

std::string_view trimBlanks(std::string_view text)
{
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t'))
        text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t'))
        text.remove_suffix(1);
    return text;
}

std::string asciiLower(std::string_view text)
{
    std::string out(text);
    for (char& c : out) {
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
    }
    return out;
}

} // namespace ms
