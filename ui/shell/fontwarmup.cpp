// SPDX-License-Identifier: GPL-3.0-or-later
#include "fontwarmup.h"

#include <QFont>
#include <QFontDatabase>
#include <QFontMetricsF>

#include <fontconfig/fontconfig.h>

namespace rc::ui {

using namespace Qt::StringLiterals;

FontWarmUp::FontWarmUp()
    : m_thread([go = m_go.get_future()]() mutable {
          FcInit();
          const std::optional<FontDescription> description = go.get();
          if (!description) {
              return;
          }
          QFontDatabase::families();
          // A font of this thread's own, made from the description: a QFont shared with the main
          // thread would be written to by both.
          QFont font;
          font.fromString(description->font);
          font.setFamilies(description->families);
          QFontMetricsF(font).horizontalAdvance(u"Recovery Coach"_s);
      })
{
}

FontWarmUp::~FontWarmUp()
{
    release(std::nullopt);
}

void FontWarmUp::applicationReady(const QFont& font)
{
    release(FontDescription{font.toString(), font.families()});
}

void FontWarmUp::wait()
{
    release(std::nullopt);
    if (m_thread.joinable()) {
        m_thread.join();
    }
}

void FontWarmUp::release(std::optional<FontDescription> font)
{
    if (!m_released) {
        m_released = true;
        m_go.set_value(std::move(font));
    }
}

} // namespace rc::ui
