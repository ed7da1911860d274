// SPDX-License-Identifier: MIT
#pragma once

#include <functional>
#include <optional>

#include <QByteArray>
#include <QUndoCommand>

namespace ms::gui {

/** One undoable change of the user's overrides file (an edited fact, an added
 *  alternative, a reverted figure). It holds the file's bytes before and after (nullopt:
 *  no file), so undo puts back exactly what was there.
 *
 *  The change itself is made (and saved) before the command is pushed: the first
 *  redo() that QUndoStack::push calls does nothing. Undo and redo call `apply` with the
 *  bytes the file must hold now and the bytes to restore; `apply` checks the first, writes the file atomically, reloads
 * the catalog and returns false after reporting a failure. A command that fails is marked obsolete, so QUndoStack drops
 * it and the history stays true to the file on disk. */
class OverridesCommand : public QUndoCommand {
public:
    /** Changes the file from `from` (what it must hold now) to `to`; false on failure. */
    using Apply = std::function<bool(const std::optional<QByteArray>& from, const std::optional<QByteArray>& to)>;

    OverridesCommand(
        const QString& text, std::optional<QByteArray> before, std::optional<QByteArray> after, Apply apply);

    void undo() override;
    void redo() override;

    [[nodiscard]] const std::optional<QByteArray>& before() const { return m_before; }
    [[nodiscard]] const std::optional<QByteArray>& after() const { return m_after; }

private:
    std::optional<QByteArray> m_before;
    std::optional<QByteArray> m_after;
    Apply m_apply;
    bool m_done = true; ///< the change was made before push()
};

} // namespace ms::gui
