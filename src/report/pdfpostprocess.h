// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>

namespace ms {

/** Adds the subset tag of each embedded font's descriptor ("QABAAA+") to the /BaseFont
 *  of its font dictionaries. Qt 6.4 tags only /FontName, although PDF 32000-1 §9.6.4 asks
 *  for the tag in /BaseFont too, and readers such as pdffonts then call the subset "not
 *  subset" (case C16). Cross-reference offsets are moved by the inserted bytes. Anything
 *  but the simple file QPdfWriter writes (one classic xref table, no incremental update)
 *  is left as it is. */
void tagSubsetBaseFonts(QByteArray& pdf);

/** Rewrites the text of QPdfWriter's content streams compactly. Qt 6.4 positions every
 *  glyph on its own ("130.53 0 Td <0002> Tj", about 27 bytes a glyph); this turns each run
 *  of glyphs on one baseline into one TJ array of 2-byte codes in literal strings (2 bytes
 *  a glyph) whose glyphs advance by the widths the font dictionary declares (/W), with a
 *  kerning number wherever Qt's
 *  position differs from that advance by 3/1000 em or more, so every glyph stays within
 *  3/1000 em (0.03 pt at 10 pt) of where Qt put it; the rounding error is carried to the
 *  next glyph, never accumulated. Between text blocks, numbers are rounded to four
 *  decimals and Qt's empty "q … Q" groups are dropped. Streams are recompressed
 *  at zlib level 6. Text, glyph ids, fonts and everything else are unchanged, so text
 *  extraction gives the same result; a report PDF shrinks by about 40%.
 *
 *  Works only on the structure QPdfWriter writes (one classic xref table, Flate streams,
 *  Type0/CIDFontType2 fonts with /W arrays, text blocks of Tf, Tm, Td and Tj); a stream or
 *  file with anything else is left as it is. */
void compactTextRuns(QByteArray& pdf);

} // namespace ms
