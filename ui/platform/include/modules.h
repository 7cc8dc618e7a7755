// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The app's modules: shared objects loaded the first time their part of the app is used, so that
// starting the app does not load the libraries behind them.
//   recovery-coach-audio   sounds and speech (Qt Multimedia, Qt TextToSpeech), see cuebackend.h
//   recovery-coach-charts  the Progress page's charts (Qt Charts), see charts.h
// A module is looked for beside the executable, then where it is installed (lib/recovery-coach beside
// bin). It stays loaded until the process ends.

#include <QFunctionPointer>
#include <QString>

namespace rc::ui {

// The exported function `function` of module `module` (its file name without ".so"), or nullptr with
// a one-line reason in `error` (the module is not installed, cannot be loaded or lacks the function).
QFunctionPointer moduleFunction(const char* module, const char* function, QString* error);

// Looks for modules in `directory` only (tests and benchmarks, which run elsewhere than the app);
// empty restores the default places.
void setModuleDirectory(const QString& directory);

} // namespace rc::ui
