// Where LibreOffice keeps extensions: in a user's profile, and in the office's
// own folders for every user. Lets a tool find an installed extension without
// starting an office.
#pragma once

#include <filesystem>
#include <optional>
#include <string_view>

namespace alliance::office {

// The user's own profile, the office's default -env:UserInstallation:
// $XDG_CONFIG_HOME/libreoffice/4, else $HOME/.config/libreoffice/4; nullopt
// when it does not exist.
[[nodiscard]] std::optional<std::filesystem::path> userProfile();

// Whether the extension `identifier` (its description.xml's identifier) is
// installed in the profile (the folder holding user/).
[[nodiscard]] bool profileHasExtension(const std::filesystem::path& profile,
                                       std::string_view identifier);

// Whether it is installed for every user of the office: bundled in
// share/extensions, or added with `unopkg add --shared`.
[[nodiscard]] bool officeHasExtension(std::string_view identifier);

}  // namespace alliance::office
