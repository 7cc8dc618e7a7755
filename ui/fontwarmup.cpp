// SPDX-License-Identifier: GPL-3.0-or-later
#include "fontwarmup.h"

#include <QFontDatabase>
#include <QStringList>

#include <fontconfig/fontconfig.h>

namespace rc::ui {

FontWarmUp::FontWarmUp()
    : m_thread([go = m_go.get_future()]() mutable {
          FcInit();
          if (go.get()) {
              QFontDatabase::families();
          }
      })
{
}

FontWarmUp::~FontWarmUp()
{
    release(false);
}

void FontWarmUp::applicationReady()
{
    release(true);
}

void FontWarmUp::wait()
{
    release(false);
    if (m_thread.joinable()) {
        m_thread.join();
    }
}

void FontWarmUp::release(bool fillDatabase)
{
    if (!m_released) {
        m_released = true;
        m_go.set_value(fillDatabase);
    }
}

} // namespace rc::ui
