// A LibreOffice to talk to over UNO: either a private headless office started
// on a throwaway copy of a profile, or one that is already running.
#pragma once

#include <com/sun/star/frame/XDesktop2.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

#include <filesystem>
#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>

namespace alliance::office {

// The office could not be started or reached.
class OfficeError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

class ChildProcess;
class ScratchDir;

class Office {
 public:
  // Starts `soffice --headless` on a copy of profileTemplate (the original is
  // never touched) and connects to it. Throws OfficeError. Several may be
  // started at once, from several threads; our own temporary files go into
  // the first one's folder, which is therefore kept while any runs.
  [[nodiscard]] static std::unique_ptr<Office> start(const std::filesystem::path& profileTemplate);
  // Starts `soffice --headless` on a new, empty profile (for an office whose
  // extensions are installed for all users). Throws OfficeError.
  [[nodiscard]] static std::unique_ptr<Office> startWithNewProfile();
  // Connects to a running office at a UNO URL such as
  // "uno:pipe,name=x;urp;StarOffice.ComponentContext". Throws OfficeError.
  [[nodiscard]] static std::unique_ptr<Office> connect(const std::string& unoUrl);

  // A started office is terminated (killed if it does not exit within 30 s)
  // and its copy of the profile removed; a connected one is left running.
  ~Office();
  Office(const Office&) = delete;
  Office& operator=(const Office&) = delete;

  [[nodiscard]] const css::uno::Reference<css::uno::XComponentContext>& context() const {
    return remote_;
  }
  [[nodiscard]] const css::uno::Reference<css::frame::XDesktop2>& desktop() const {
    return desktop_;
  }
  // Whether the office can make an instance of the UNO service `name` (an
  // installed extension's, for example).
  [[nodiscard]] bool hasService(std::string_view name) const;
  // Whether the office still answers; asked after a call to it failed.
  [[nodiscard]] bool alive();
  // How a started office that is no longer running ended: "was killed by
  // signal 11", with the office's own last words on it when it left any.
  // Empty for a connected office or one still running.
  [[nodiscard]] std::string howItEnded();

 private:
  Office();
  // profileTemplate: the profile to copy, or null for a new one.
  static std::unique_ptr<Office> launch(const std::filesystem::path* profileTemplate);
  void bootstrap();
  void connectWithRetry(const std::string& unoUrl);

  css::uno::Reference<css::uno::XComponentContext> local_;
  css::uno::Reference<css::uno::XComponentContext> remote_;
  css::uno::Reference<css::frame::XDesktop2> desktop_;
  std::unique_ptr<ScratchDir> scratch_;
  std::unique_ptr<ChildProcess> process_;  // null when connected to a running office
  std::filesystem::path log_;              // a started office's output
};

}  // namespace alliance::office
