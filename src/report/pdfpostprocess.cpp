// SPDX-License-Identifier: MIT
#include "report/pdfpostprocess.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <system_error>
#include <map>
#include <optional>
#include <utility>
#include <vector>

#include <QByteArrayView>
#include <QList>

namespace ms {

namespace {

/** `needle` in pdf[begin, end), as an absolute position, or -1: searches never run past
 *  the object they are about. */
qsizetype findIn(const QByteArray& pdf, QByteArrayView needle, qsizetype begin, qsizetype end)
{
    if (begin < 0 || end > pdf.size() || begin >= end)
        return -1;
    const qsizetype at = QByteArrayView(pdf.constData() + begin, end - begin).indexOf(needle);
    return at < 0 ? -1 : begin + at;
}

bool isPdfDelimiter(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == '\0' || c == '/' || c == '<' || c == '>'
        || c == '[' || c == ']' || c == '(' || c == ')' || c == '{' || c == '}' || c == '%';
}

qsizetype skipPdfSpace(const QByteArray& pdf, qsizetype pos)
{
    while (pos < pdf.size() && (pdf[pos] == ' ' || pdf[pos] == '\n' || pdf[pos] == '\r' || pdf[pos] == '\t'))
        ++pos;
    return pos;
}

/** Reads an unsigned integer at `pos`; -1 when there is none. */
qint64 readPdfInt(const QByteArray& pdf, qsizetype& pos)
{
    qint64 value = 0;
    const qsizetype start = pos;
    while (pos < pdf.size() && pdf[pos] >= '0' && pdf[pos] <= '9' && pos - start < 12)
        value = value * 10 + (pdf[pos++] - '0');
    return pos == start ? -1 : value;
}

/** The value of name key `key` ("/BaseFont") inside [begin, end), and where it starts. */
std::optional<std::pair<qsizetype, QByteArray>> pdfNameValue(
    const QByteArray& pdf, qsizetype begin, qsizetype end, const QByteArray& key)
{
    qsizetype at = findIn(pdf, key, begin, end);
    while (at >= 0 && at < end) {
        qsizetype pos = at + key.size();
        if (pos < end && isPdfDelimiter(pdf[pos])) {
            pos = skipPdfSpace(pdf, pos);
            if (pos < end && pdf[pos] == '/') {
                const qsizetype nameStart = ++pos;
                while (pos < end && !isPdfDelimiter(pdf[pos]))
                    ++pos;
                return std::make_pair(nameStart, pdf.mid(nameStart, pos - nameStart));
            }
        }
        at = findIn(pdf, key, at + 1, end);
    }
    return std::nullopt;
}

/** The object number of the first indirect reference after `key` ("/FontDescriptor 9 0 R",
 *  "/DescendantFonts [9 0 R]") inside [begin, end). */
std::optional<qint64> pdfReference(const QByteArray& pdf, qsizetype begin, qsizetype end, const QByteArray& key)
{
    const qsizetype at = findIn(pdf, key, begin, end);
    if (at < 0)
        return std::nullopt;
    qsizetype pos = skipPdfSpace(pdf, at + key.size());
    if (pos < end && pdf[pos] == '[')
        pos = skipPdfSpace(pdf, pos + 1);
    const qint64 number = readPdfInt(pdf, pos);
    return number < 0 ? std::nullopt : std::optional<qint64>(number);
}

bool isSubsetTag(const QByteArray& name)
{
    if (name.size() < 8 || name[6] != '+')
        return false;
    for (int i = 0; i < 6; ++i)
        if (name[i] < 'A' || name[i] > 'Z')
            return false;
    return true;
}

/** The objects of the one classic cross-reference table QPdfWriter writes: where each
 *  object's 10-digit offset field is and where the object starts. */
struct XrefEntry {
    qsizetype field = 0;
    qsizetype offset = 0;
};

struct Xref {
    std::map<qint64, XrefEntry> objects;
    qsizetype xrefOffset = 0; // where "xref" starts
    qsizetype numberPos = 0; // the number after "startxref"
    qsizetype numberEnd = 0;
};

std::optional<Xref> readXref(const QByteArray& pdf)
{
    const qsizetype startxref = pdf.lastIndexOf("startxref");
    if (startxref < 0 || pdf.indexOf("/Prev") >= 0)
        return std::nullopt;
    Xref x;
    qsizetype pos = skipPdfSpace(pdf, startxref + 9);
    x.numberPos = pos;
    const qint64 xref = readPdfInt(pdf, pos);
    x.numberEnd = pos;
    if (xref < 0 || xref >= pdf.size() || pdf.mid(xref, 4) != "xref")
        return std::nullopt;
    x.xrefOffset = static_cast<qsizetype>(xref);
    pos = skipPdfSpace(pdf, x.xrefOffset + 4);
    while (pos < pdf.size() && !QByteArrayView(pdf).sliced(pos).startsWith("trailer")) {
        const qint64 first = readPdfInt(pdf, pos);
        pos = skipPdfSpace(pdf, pos);
        const qint64 count = readPdfInt(pdf, pos);
        pos = skipPdfSpace(pdf, pos);
        if (first < 0 || count < 0)
            return std::nullopt;
        for (qint64 i = 0; i < count; ++i, pos += 20) {
            if (pos + 20 > pdf.size() || pdf[pos + 10] != ' ' || pdf[pos + 16] != ' ')
                return std::nullopt;
            qsizetype field = pos;
            const qint64 offset = readPdfInt(pdf, field);
            if (offset < 0 || field != pos + 10)
                return std::nullopt;
            if (pdf[pos + 17] == 'n')
                x.objects[first + i] = XrefEntry { pos, static_cast<qsizetype>(offset) };
        }
        pos = skipPdfSpace(pdf, pos);
    }
    return x;
}

} // namespace

void tagSubsetBaseFonts(QByteArray& pdf)
{
    // The one classic cross-reference table Qt writes.
    const qsizetype startxref = pdf.lastIndexOf("startxref");
    if (startxref < 0 || pdf.indexOf("/Prev") >= 0)
        return;
    qsizetype pos = skipPdfSpace(pdf, startxref + 9);
    const qsizetype xrefNumberPos = pos;
    const qint64 xref = readPdfInt(pdf, pos);
    const qsizetype xrefNumberEnd = pos;
    if (xref < 0 || xref >= pdf.size() || pdf.mid(xref, 4) != "xref")
        return;

    struct Entry {
        qsizetype field; // where the 10-digit offset is written
        qsizetype offset; // where the object starts
    };
    std::map<qint64, Entry> objects;
    pos = skipPdfSpace(pdf, xref + 4);
    while (pos < pdf.size() && !QByteArrayView(pdf).sliced(pos).startsWith("trailer")) {
        const qint64 first = readPdfInt(pdf, pos);
        pos = skipPdfSpace(pdf, pos);
        const qint64 count = readPdfInt(pdf, pos);
        pos = skipPdfSpace(pdf, pos);
        if (first < 0 || count < 0)
            return;
        for (qint64 i = 0; i < count; ++i, pos += 20) {
            if (pos + 20 > pdf.size() || pdf[pos + 10] != ' ' || pdf[pos + 16] != ' ')
                return;
            qsizetype field = pos;
            const qint64 offset = readPdfInt(pdf, field);
            if (offset < 0 || field != pos + 10)
                return;
            if (pdf[pos + 17] == 'n')
                objects[first + i] = Entry { pos, static_cast<qsizetype>(offset) };
        }
        pos = skipPdfSpace(pdf, pos);
    }

    // The dictionary part of each object: up to its stream data or its end.
    auto dictionaryEnd = [&](qsizetype begin) {
        const qsizetype stream = pdf.indexOf("stream", begin);
        const qsizetype endobj = pdf.indexOf("endobj", begin);
        if (stream < 0)
            return endobj;
        return endobj < 0 ? stream : std::min(stream, endobj);
    };
    auto descriptorName = [&](qint64 number) -> QByteArray {
        const auto it = objects.find(number);
        if (it == objects.end())
            return {};
        const qsizetype end = dictionaryEnd(it->second.offset);
        const auto name = pdfNameValue(pdf, it->second.offset, end, "/FontName");
        return name ? name->second : QByteArray();
    };
    // The tagged /FontName that belongs to font object `number` (a CIDFont, or through
    // /DescendantFonts a Type0 font).
    auto tagFor = [&](qint64 number, int depth, auto& self) -> QByteArray {
        const auto it = objects.find(number);
        if (it == objects.end() || depth > 2)
            return {};
        const qsizetype begin = it->second.offset;
        const qsizetype end = dictionaryEnd(begin);
        if (const auto descriptor = pdfReference(pdf, begin, end, "/FontDescriptor"))
            return descriptorName(*descriptor);
        if (const auto descendant = pdfReference(pdf, begin, end, "/DescendantFonts"))
            return self(*descendant, depth + 1, self);
        return {};
    };

    std::map<qsizetype, QByteArray> insertions; // position -> "ABCDEF+"
    for (const auto& [number, entry] : objects) {
        const qsizetype end = dictionaryEnd(entry.offset);
        if (end < 0)
            return;
        const auto base = pdfNameValue(pdf, entry.offset, end, "/BaseFont");
        if (!base || isSubsetTag(base->second))
            continue;
        const QByteArray tagged = tagFor(number, 0, tagFor);
        if (isSubsetTag(tagged) && tagged.mid(7) == base->second)
            insertions[base->first] = tagged.left(7);
    }
    if (insertions.empty())
        return;

    auto shiftBefore = [&](qsizetype position) {
        qsizetype shift = 0;
        for (const auto& [at, text] : insertions)
            if (at < position)
                shift += text.size();
        return shift;
    };
    QByteArray out;
    out.reserve(pdf.size() + 64);
    qsizetype copied = 0;
    for (const auto& [at, text] : insertions) {
        out += pdf.mid(copied, at - copied);
        out += text;
        copied = at;
    }
    out += pdf.mid(copied);

    for (const auto& [number, entry] : objects) {
        const QByteArray field
            = QByteArray::number(static_cast<qint64>(entry.offset + shiftBefore(entry.offset))).rightJustified(10, '0');
        if (field.size() != 10)
            return; // cannot happen below 10 GB; keep the untouched file then
        out.replace(entry.field + shiftBefore(entry.field), 10, field);
    }
    const qsizetype total = shiftBefore(pdf.size());
    out.replace(xrefNumberPos + total, xrefNumberEnd - xrefNumberPos, QByteArray::number(xref + total));
    pdf = out;
}

// ---- Compact text runs ------------------------------------------------------------------

namespace {

QByteArray inflate(const QByteArray& data)
{
    // qUncompress wants a 4-byte big-endian size first; it is only a hint for the buffer.
    QByteArray framed;
    const quint32 hint = static_cast<quint32>(std::min<qsizetype>(data.size() * 8 + 1024, 0x7fffffff));
    framed.reserve(data.size() + 4);
    framed.append(static_cast<char>((hint >> 24) & 0xff));
    framed.append(static_cast<char>((hint >> 16) & 0xff));
    framed.append(static_cast<char>((hint >> 8) & 0xff));
    framed.append(static_cast<char>(hint & 0xff));
    framed.append(data);
    return qUncompress(framed);
}

QByteArray deflate(const QByteArray& data)
{
    return qCompress(data, 6).mid(4); // a zlib stream, as /FlateDecode reads it
}

/** Appends a number for a content stream: at most 4 decimals, no trailing zeros, never
 *  "-0"; std::to_chars, so never the process locale. */
void appendNumber(QByteArray& out, double value)
{
    if (!(std::abs(value) >= 0.00005)) {
        out += '0';
        return;
    }
    char buffer[64];
    const auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::fixed, 4);
    if (ec != std::errc()) {
        out += '0';
        return;
    }
    const char* last = end;
    while (last > buffer && last[-1] == '0')
        --last;
    if (last > buffer && last[-1] == '.')
        --last;
    out.append(buffer, last - buffer);
}

/** The widths of a CIDFontType2's /W array, by CID, in 1/1000 em. */
std::optional<std::map<int, double>> parseWidths(const QByteArray& pdf, qsizetype begin, qsizetype end)
{
    const qsizetype w = findIn(pdf, "/W ", begin, end);
    if (w < 0)
        return std::nullopt;
    qsizetype pos = skipPdfSpace(pdf, w + 2);
    if (pos >= end || pdf[pos] != '[')
        return std::nullopt;
    ++pos;
    std::vector<QByteArray> tokens; // numbers, "[" and "]" of the array's inside
    int depth = 0;
    while (pos < end) {
        const char c = pdf[pos];
        if (c == '[') {
            tokens.emplace_back("[");
            ++depth;
            ++pos;
        } else if (c == ']') {
            if (depth == 0)
                break;
            tokens.emplace_back("]");
            --depth;
            ++pos;
        } else if ((c >= '0' && c <= '9') || c == '.' || c == '-') {
            const qsizetype start = pos;
            while (pos < end && ((pdf[pos] >= '0' && pdf[pos] <= '9') || pdf[pos] == '.' || pdf[pos] == '-'))
                ++pos;
            tokens.push_back(pdf.mid(start, pos - start));
        } else if (c == ' ' || c == '\n' || c == '\r' || c == '\t') {
            ++pos;
        } else {
            return std::nullopt;
        }
    }
    std::map<int, double> widths;
    std::size_t i = 0;
    bool ok = true;
    while (i < tokens.size()) {
        const int first = tokens[i++].toInt(&ok);
        if (!ok || i >= tokens.size())
            return std::nullopt;
        if (tokens[i] == "[") {
            ++i;
            int cid = first;
            while (i < tokens.size() && tokens[i] != "]") {
                widths[cid++] = tokens[i++].toDouble(&ok);
                if (!ok)
                    return std::nullopt;
            }
            ++i;
        } else {
            const int last = tokens[i++].toInt(&ok);
            if (!ok || i >= tokens.size())
                return std::nullopt;
            const double width = tokens[i++].toDouble(&ok);
            if (!ok || last < first || last - first > 65535)
                return std::nullopt;
            for (int cid = first; cid <= last; ++cid)
                widths[cid] = width;
        }
    }
    return widths;
}

using FontWidths = std::map<QByteArray, std::vector<double>>; // resource name ("F7") -> width by CID (-1: none)

/** Splits a text block into tokens (views into `block`): numbers, names, <hex> strings
 *  and operators; nullopt for anything else (literal strings, arrays). */
std::optional<std::vector<QByteArrayView>> tokenizeBlock(QByteArrayView block)
{
    std::vector<QByteArrayView> tokens;
    tokens.reserve(static_cast<std::size_t>(block.size() / 6));
    qsizetype pos = 0;
    const qsizetype n = block.size();
    while (pos < n) {
        const char c = block[pos];
        if (c == ' ' || c == '\n' || c == '\r' || c == '\t') {
            ++pos;
            continue;
        }
        const qsizetype start = pos;
        if (c == '<') {
            const qsizetype close = block.indexOf('>', pos);
            if (close < 0)
                return std::nullopt;
            pos = close + 1;
        } else if (c == '(' || c == '[' || c == ']' || c == '{' || c == '}') {
            return std::nullopt; // literal strings and arrays: not what Qt writes here
        } else {
            ++pos;
            while (pos < n && !isPdfDelimiter(block[pos]))
                ++pos;
        }
        tokens.push_back(block.sliced(start, pos - start));
    }
    return tokens;
}

bool isNumberToken(QByteArrayView token)
{
    return !token.isEmpty() && ((token[0] >= '0' && token[0] <= '9') || token[0] == '-' || token[0] == '.');
}

/** A number token, locale-free. */
std::optional<double> toNumber(QByteArrayView token)
{
    double value = 0.0;
    const char* first = token.data();
    const char* last = token.data() + token.size();
    const auto [end, ec] = std::from_chars(first, last, value);
    if (ec != std::errc() || end != last)
        return std::nullopt;
    return value;
}

int hexDigit(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return -1;
}

constexpr double kKernThreshold = 3.0; // 1/1000 em

/** One byte of a PDF literal string: binary is fine there, but \ ( ) must be escaped and
 *  a raw CR or LF would be read as a line end. */
void appendLiteralByte(QByteArray& out, char byte)
{
    switch (byte) {
    case '\\':
        out += "\\\\";
        break;
    case '(':
        out += "\\(";
        break;
    case ')':
        out += "\\)";
        break;
    case '\r':
        out += "\\r";
        break;
    case '\n':
        out += "\\n";
        break;
    default:
        out += byte;
        break;
    }
}

/** The graphics between text blocks, tidied: numbers with more than four decimals rounded
 *  to four (colours and device coordinates at 1/720 inch need no more), and the empty
 *  groups Qt leaves for a text item with nothing to draw ("q /CSp cs … scn /GSa gs Q")
 *  dropped. A segment with a string, an inline image or anything unusual stays as it is. */
QByteArray tidyGraphics(QByteArrayView segment)
{
    if (segment.contains('(') || segment.contains('<') || segment.contains("BI"))
        return segment.toByteArray();
    QByteArray numbers;
    numbers.reserve(segment.size());
    const qsizetype n = segment.size();
    qsizetype pos = 0;
    qsizetype copied = 0; // segment[copied, pos) is still to be copied
    while (pos < n) {
        const char c = segment[pos];
        const bool starts = (c >= '0' && c <= '9') || c == '-' || c == '.';
        if (!starts || (pos > 0 && !isPdfDelimiter(segment[pos - 1]))) {
            ++pos;
            continue;
        }
        qsizetype end = pos + 1;
        while (end < n && ((segment[end] >= '0' && segment[end] <= '9') || segment[end] == '.'))
            ++end;
        const QByteArrayView token = segment.sliced(pos, end - pos);
        const qsizetype dot = token.indexOf('.');
        if (dot >= 0 && token.size() - dot - 1 > 4) {
            if (const auto value = toNumber(token)) {
                numbers.append(segment.data() + copied, pos - copied);
                appendNumber(numbers, *value);
                copied = end;
            }
        }
        pos = end;
    }
    numbers.append(segment.data() + copied, n - copied);
    // Drop empty groups, line by line.
    QByteArray out;
    out.reserve(numbers.size());
    const QByteArrayView all(numbers);
    std::vector<QByteArrayView> lines;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= all.size(); ++i) {
        if (i == all.size() || all[i] == '\n') {
            lines.push_back(all.sliced(start, i - start));
            start = i + 1;
        }
    }
    for (std::size_t i = 0; i < lines.size(); ++i) {
        if (lines[i] == "q" && i + 3 < lines.size() && lines[i + 1].startsWith("/CSp cs ")
            && lines[i + 1].endsWith(" scn") && lines[i + 2] == "/GSa gs" && lines[i + 3] == "Q") {
            i += 3;
            continue;
        }
        out += lines[i];
        if (i + 1 < lines.size())
            out += '\n';
    }
    return out;
}

/** One BT…ET block rewritten with TJ runs, or nullopt to keep it as it is. */
std::optional<QByteArray> rewriteTextBlock(QByteArrayView block, const FontWidths& fonts)
{
    const auto tokens = tokenizeBlock(block);
    if (!tokens)
        return std::nullopt;
    QByteArray out;
    out.reserve(block.size() / 3 + 64);
    const std::vector<double>* widths = nullptr;
    double size = 0.0;
    double qtX = 0.0; // where Qt's line matrix is (its last Td), text space
    double qtY = 0.0;
    double lineX = 0.0; // where our line matrix is
    double lineY = 0.0;
    double cursor = 0.0; // x after the last glyph we showed
    bool inRun = false;
    QByteArray run; // the inside of the current TJ array
    bool inString = false; // a literal string of 2-byte codes is open in `run`
    auto flush = [&]() {
        if (!inRun)
            return;
        if (inString)
            run += ')';
        out += '[';
        out += run;
        out += "] TJ\n";
        run.clear();
        inString = false;
        inRun = false;
    };
    std::vector<QByteArrayView> operands;
    for (const QByteArrayView token : *tokens) {
        if (isNumberToken(token) || token.startsWith('/') || token.startsWith('<')) {
            operands.push_back(token);
            continue;
        }
        if (token == "Tf") {
            if (operands.size() != 2 || !operands[0].startsWith('/'))
                return std::nullopt;
            const auto font = fonts.find(operands[0].sliced(1).toByteArray());
            const auto fontSize = toNumber(operands[1]);
            if (font == fonts.end() || !fontSize || !(*fontSize > 0.0))
                return std::nullopt;
            flush();
            size = *fontSize;
            widths = &font->second;
            out += operands[0].toByteArray() + ' ' + operands[1].toByteArray() + " Tf\n";
        } else if (token == "Tm") {
            if (operands.size() != 6)
                return std::nullopt;
            flush();
            for (const QByteArrayView o : operands)
                out += o.toByteArray() + ' ';
            out += "Tm\n";
            qtX = qtY = lineX = lineY = cursor = 0.0;
        } else if (token == "Td") {
            const auto dx = operands.size() == 2 ? toNumber(operands[0]) : std::nullopt;
            const auto dy = operands.size() == 2 ? toNumber(operands[1]) : std::nullopt;
            if (!dx || !dy)
                return std::nullopt;
            qtX += *dx;
            qtY += *dy;
        } else if (token == "Tj") {
            if (operands.size() != 1 || !operands[0].startsWith('<') || !operands[0].endsWith('>') || !widths)
                return std::nullopt;
            const QByteArrayView hex = operands[0].sliced(1, operands[0].size() - 2);
            if (hex.isEmpty() || hex.size() % 4 != 0)
                return std::nullopt;
            if (!inRun || std::abs(qtY - lineY) > 1e-9) {
                flush();
                appendNumber(out, qtX - lineX);
                out += ' ';
                appendNumber(out, qtY - lineY);
                out += " Td\n";
                lineX = qtX;
                lineY = qtY;
                cursor = qtX;
                inRun = true;
            } else {
                // Kern by whole 1/1000 em where the font's advance and Qt's position differ by
                // 3/1000 em or more (Qt's positions are on a 1/64 pixel grid, which alone drifts
                // by a fraction of that); the remainder is carried to the next glyph, so no
                // glyph is ever more than 3/1000 em (0.03 pt at 10 pt) from where Qt put it.
                const double drift = (cursor - qtX) * 1000.0 / size;
                const double kern = std::abs(drift) >= kKernThreshold ? std::round(drift) : 0.0;
                if (kern != 0.0) {
                    if (inString) {
                        run += ')';
                        inString = false;
                    }
                    appendNumber(run, kern);
                    cursor -= kern * size / 1000.0;
                }
            }
            for (qsizetype i = 0; i < hex.size(); i += 4) {
                int glyph = 0;
                for (qsizetype k = 0; k < 4; ++k) {
                    const int digit = hexDigit(hex[i + k]);
                    if (digit < 0)
                        return std::nullopt;
                    glyph = glyph * 16 + digit;
                }
                if (glyph >= static_cast<int>(widths->size()) || (*widths)[static_cast<std::size_t>(glyph)] < 0.0)
                    return std::nullopt;
                if (!inString) {
                    run += '(';
                    inString = true;
                }
                appendLiteralByte(run, static_cast<char>((glyph >> 8) & 0xff));
                appendLiteralByte(run, static_cast<char>(glyph & 0xff));
                cursor += (*widths)[static_cast<std::size_t>(glyph)] * size / 1000.0;
            }
        } else {
            return std::nullopt; // Tc, Tw, Tz, TL, Tr, TJ, …: keep the block as Qt wrote it
        }
        operands.clear();
    }
    if (!operands.empty())
        return std::nullopt;
    flush();
    return out;
}

/** The content stream `decoded` with every BT…ET block it can rewrite made compact. */
QByteArray rewriteContent(const QByteArray& decoded, const FontWidths& fonts)
{
    QByteArray out;
    out.reserve(decoded.size() / 2);
    qsizetype pos = 0;
    while (true) {
        qsizetype bt = decoded.indexOf("BT\n", pos);
        while (bt > 0 && decoded[bt - 1] != '\n')
            bt = decoded.indexOf("BT\n", bt + 1);
        if (bt < 0)
            break;
        const qsizetype et = decoded.indexOf("\nET\n", bt);
        if (et < 0)
            break;
        out += tidyGraphics(decoded.mid(pos, bt - pos));
        const QByteArrayView block = QByteArrayView(decoded).sliced(bt + 3, et + 1 - (bt + 3));
        const auto compact = rewriteTextBlock(block, fonts);
        out += "BT\n";
        if (compact)
            out += *compact;
        else
            out += block;
        out += "ET\n";
        pos = et + 4;
    }
    out += tidyGraphics(decoded.mid(pos));
    return out;
}

} // namespace

void compactTextRuns(QByteArray& pdf)
{
    const auto xref = readXref(pdf);
    if (!xref || xref->objects.empty())
        return;
    // Objects in file order, each up to the next (the last up to the xref table).
    std::vector<std::pair<qsizetype, qint64>> order; // offset, object number
    for (const auto& [number, entry] : xref->objects)
        order.emplace_back(entry.offset, number);
    std::sort(order.begin(), order.end());
    std::map<qint64, std::pair<qsizetype, qsizetype>> range; // number -> [begin, end)
    for (std::size_t i = 0; i < order.size(); ++i) {
        const qsizetype end = i + 1 < order.size() ? order[i + 1].first : xref->xrefOffset;
        if (end <= order[i].first || end > pdf.size())
            return;
        range[order[i].second] = { order[i].first, end };
    }
    auto dictionaryEnd = [&](qsizetype begin, qsizetype end) {
        const qsizetype stream = findIn(pdf, "stream", begin, end);
        return stream >= 0 ? stream : end;
    };

    // Fonts: widths of each CIDFontType2, reached from the Type0 fonts and their resource names.
    std::map<qint64, std::map<int, double>> cidWidths;
    std::map<qint64, qint64> type0; // Type0 object -> its descendant
    for (const auto& [number, r] : range) {
        const qsizetype end = dictionaryEnd(r.first, r.second);
        const QByteArray head = pdf.mid(r.first, std::min<qsizetype>(end - r.first, 4096));
        if (head.contains("/CIDFontType2")) {
            if (auto widths = parseWidths(pdf, r.first, end))
                cidWidths[number] = std::move(*widths);
        } else if (head.contains("/Type0")) {
            if (const auto descendant = pdfReference(pdf, r.first, end, "/DescendantFonts"))
                type0[number] = *descendant;
        }
    }
    FontWidths fonts;
    std::map<QByteArray, qint64> nameToFont;
    bool ambiguous = false;
    for (const auto& [number, r] : range) {
        const qsizetype end = dictionaryEnd(r.first, r.second);
        // Resource entries "/F7 7 0 R" that name a Type0 font.
        qsizetype at = findIn(pdf, "/F", r.first, end);
        while (at >= 0) {
            qsizetype pos = at + 2;
            while (pos < end && pdf[pos] >= '0' && pdf[pos] <= '9')
                ++pos;
            const QByteArray name = pdf.mid(at + 1, pos - at - 1);
            if (pos > at + 2 && pos < end && pdf[pos] == ' ') {
                qsizetype ref = skipPdfSpace(pdf, pos);
                const qint64 object = readPdfInt(pdf, ref);
                if (object >= 0 && pdf.mid(ref, 4) == " 0 R" && type0.count(object) != 0) {
                    const auto known = nameToFont.find(name);
                    if (known != nameToFont.end() && known->second != object)
                        ambiguous = true;
                    nameToFont[name] = object;
                }
            }
            at = findIn(pdf, "/F", at + 2, end);
        }
    }
    if (ambiguous)
        return;
    for (const auto& [name, object] : nameToFont) {
        const auto widths = cidWidths.find(type0[object]);
        if (widths == cidWidths.end() || widths->second.empty() || widths->second.rbegin()->first > 65535)
            continue;
        std::vector<double> byCid(static_cast<std::size_t>(widths->second.rbegin()->first) + 1, -1.0);
        for (const auto& [cid, width] : widths->second)
            if (cid >= 0)
                byCid[static_cast<std::size_t>(cid)] = width;
        fonts[name] = std::move(byCid);
    }
    if (fonts.empty())
        return;

    // Content streams: /Filter /FlateDecode, no /Type, /Subtype or /Length1 (fonts, images).
    std::map<qint64, QByteArray> replaced;
    for (const auto& [number, r] : range) {
        const qsizetype dictEnd = dictionaryEnd(r.first, r.second);
        if (dictEnd >= r.second)
            continue;
        const QByteArray dict = pdf.mid(r.first, dictEnd - r.first);
        if (!dict.contains("/Filter /FlateDecode") || dict.contains("/Type") || dict.contains("/Subtype")
            || dict.contains("/Length1") || dict.contains("/DecodeParms"))
            continue;
        // The stream's length: direct or an indirect object holding the number.
        const qsizetype lengthKey = dict.indexOf("/Length");
        if (lengthKey < 0)
            continue;
        qsizetype pos = skipPdfSpace(dict, lengthKey + 7);
        const qint64 first = readPdfInt(dict, pos);
        qint64 length = first;
        qsizetype lengthEnd = pos;
        if (first >= 0 && dict.mid(pos, 4) == " 0 R") {
            lengthEnd = pos + 4;
            const auto lengthObject = range.find(first);
            if (lengthObject == range.end())
                continue;
            qsizetype p = findIn(pdf, "obj", lengthObject->second.first, lengthObject->second.second);
            if (p < 0)
                continue;
            p = skipPdfSpace(pdf, p + 3);
            length = readPdfInt(pdf, p);
        }
        qsizetype dataStart = dictEnd + 6; // "stream"
        if (dataStart < r.second && pdf[dataStart] == '\r')
            ++dataStart;
        if (dataStart >= r.second || pdf[dataStart] != '\n')
            continue;
        ++dataStart;
        if (length <= 0 || dataStart + length > r.second)
            continue;
        const QByteArray decoded = inflate(pdf.mid(dataStart, static_cast<qsizetype>(length)));
        if (decoded.isEmpty() || !decoded.contains("BT\n"))
            continue;
        const QByteArray data = deflate(rewriteContent(decoded, fonts));
        if (data.isEmpty())
            continue;
        QByteArray object = pdf.mid(r.first, lengthKey);
        object += "/Length " + QByteArray::number(data.size());
        object += pdf.mid(r.first + lengthEnd, dictEnd - (r.first + lengthEnd));
        object += "stream\n" + data + "\nendstream\nendobj\n";
        replaced[number] = object;
    }
    if (replaced.empty())
        return;

    // Write the objects again in the same order, then the xref table with the new offsets.
    QByteArray out;
    out.reserve(pdf.size());
    out += pdf.left(order.front().first);
    std::map<qint64, qsizetype> offsets;
    for (const auto& [offset, number] : order) {
        offsets[number] = out.size();
        const auto it = replaced.find(number);
        const auto& r = range[number];
        out += it != replaced.end() ? it->second : pdf.mid(r.first, r.second - r.first);
    }
    const qsizetype newXref = out.size();
    QByteArray tail = pdf.mid(xref->xrefOffset);
    for (const auto& [number, entry] : xref->objects) {
        const QByteArray field = QByteArray::number(static_cast<qint64>(offsets[number])).rightJustified(10, '0');
        if (field.size() != 10)
            return;
        tail.replace(entry.field - xref->xrefOffset, 10, field);
    }
    tail.replace(xref->numberPos - xref->xrefOffset, xref->numberEnd - xref->numberPos, QByteArray::number(newXref));
    out += tail;
    pdf = out;
}

} // namespace ms
