// What the panel asks the running office: its user interface language, where
// the installed extension lives, the user profile, and a folder from the user.
#pragma once

#include <com/sun/star/uno/XComponentContext.hpp>

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

#include "sidebar/panel_text.h"

namespace alliance::sidebar {

// The extension's identifier (extension/description.xml.in).
inline constexpr std::string_view kExtensionId = "org.alliancecalc.extension";

// When this environment variable names a folder, Generate QBR writes there
// without showing the folder picker (unattended and scripted runs).
inline constexpr const char* kQbrFolderVariable = "ALLIANCECALC_QBR_FOLDER";

using ContextRef = css::uno::Reference<css::uno::XComponentContext>;

// The office's user interface language (Tools > Options > Language Settings).
[[nodiscard]] Language officeLanguage(const ContextRef& context);

// The installed extension's folder; throws RuntimeException when the office does not know it.
[[nodiscard]] std::filesystem::path extensionFolder(const ContextRef& context);

// A template built into the extension, in `language` when the package has that
// version of it (qbr::packagedTemplate), else the English one.
[[nodiscard]] std::filesystem::path templateFile(const ContextRef& context, std::string_view name,
                                                 Language language);

// The user profile folder, empty when it cannot be found.
[[nodiscard]] std::string profileFolder(const ContextRef& context);

// The folder named by kQbrFolderVariable, else the office's folder picker; nullopt
// when the user cancels.
[[nodiscard]] std::optional<std::filesystem::path> chooseFolder(const ContextRef& context,
                                                                const std::string& title);

// Throw RuntimeException for a path or URL the office cannot use.
[[nodiscard]] rtl::OUString fileUrl(const std::filesystem::path& path);
[[nodiscard]] std::filesystem::path systemPath(const rtl::OUString& url);

}  // namespace alliance::sidebar
