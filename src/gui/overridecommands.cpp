// SPDX-License-Identifier: MIT
#include "gui/overridecommands.h"

#include <utility>

namespace ms::gui {

OverridesCommand::OverridesCommand(
    const QString& text, std::optional<QByteArray> before, std::optional<QByteArray> after, Apply apply)
    : QUndoCommand(text)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_apply(std::move(apply))
{
}

void OverridesCommand::undo()
{
    m_done = false;
    if (!m_apply(m_after, m_before))
        setObsolete(true);
}

void OverridesCommand::redo()
{
    if (m_done)
        return; // push(): the change is already saved
    m_done = true;
    if (!m_apply(m_before, m_after))
        setObsolete(true);
}

} // namespace ms::gui
