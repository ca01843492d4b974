// The files the tool ships beside itself: <prefix>/bin/alliancecalc finds
// <prefix>/share/alliancecalc (templates, the extension package). The build
// tree has the same layout, so a built tool runs as an installed one does.
#pragma once

#include <filesystem>

namespace alliance::cli {

// <prefix>/share/alliancecalc, from the running executable's own path.
[[nodiscard]] std::filesystem::path shareFolder();
// The QBR templates (qbr.fods, qbr-de.fods, ...).
[[nodiscard]] std::filesystem::path templateFolder();
// The extension package to install into a profile.
[[nodiscard]] std::filesystem::path extensionPackage();

}  // namespace alliance::cli
