// section_documents.cpp — the open engagement's documents: pick one (SoW feed, SoW, handover documents,
// calendar) and a format, read it in a wrapped preview, download it or copy it. The bytes come from
// documents::render_output, the same code as `scopewright-cli sow` / `document`.
#include <cctype>

#include "core/documents/generate.h"
#include "imgui.h"
#include "misc/cpp/imgui_stdlib.h"
#include "ui/engagements/sections.h"
#include "ui/theme.h"

namespace sw::ui::engagements {
namespace {

// The engagement file name recorded in the feed's provenance: the name "Export engagement" gives it, so a
// download equals `scopewright-cli sow <that export>` for the same time and provider.
std::string export_name(const engagement::Engagement& e) {
  std::string out;
  for (char ch : e.id) out += (std::isalnum(static_cast<unsigned char>(ch)) || ch == '-' || ch == '_') ? ch : '_';
  return out + ".engagement.json";
}

std::string diagnostics_text(const Diagnostics& ds) {
  std::string out;
  for (const auto& d : ds) out += format(d) + "\n";
  return out;
}

documents::Rendered render_document(Session& s, const engagement::Engagement& e, const std::string& output,
                                    const std::string& format, const std::string& now) {
  documents::Sources sources{s.services().assets_dir, s.services().read_file};
  auto resolved = documents::resolve_answers(documents::attached_answers(e), sources);
  if (!resolved.ok()) {
    documents::Rendered failed;
    failed.diagnostics = resolved.diagnostics;
    return failed;
  }
  documents::Request request;
  request.output = output;
  request.format = format;
  request.now = now;
  request.provider = s.provider();
  request.engagement_file = export_name(e);
  auto rendered = documents::render_output(e, resolved.answers, request, sources);
  rendered.diagnostics.insert(rendered.diagnostics.begin(), resolved.diagnostics.begin(), resolved.diagnostics.end());
  return rendered;
}

std::string document_file_name(const engagement::Engagement& e, const std::string& output, const std::string& now,
                               const std::string& extension) {
  documents::Request request;
  request.output = output;
  request.now = now;
  return documents::download_name(e, request, extension);
}

}  // namespace

void draw_documents(EditContext& c, SectionState& s) {
  const auto& outputs = documents::outputs();
  if (s.document < 0 || s.document >= static_cast<int>(outputs.size())) s.document = 1;
  const auto& chosen = outputs[static_cast<std::size_t>(s.document)];
  if (s.document_format >= static_cast<int>(chosen.formats.size())) s.document_format = 0;
  const std::string& format = chosen.formats[static_cast<std::size_t>(s.document_format)];

  heading("Documents");
  help("Rendered from this engagement and its attached questionnaire answers, as scopewright-cli does.");
  if (!s.provider_loaded) s.provider_edit = c.session.provider();  // the stored name, once
  s.provider_loaded = true;
  ImGui::SetNextItemWidth(c.narrow ? -FLT_MIN : 320.0f);
  ImGui::InputTextWithHint("Our organisation##provider", "the provider's name, for parties and sign-off",
                           &s.provider_edit);
  if (ImGui::IsItemDeactivatedAfterEdit()) c.session.set_provider(s.provider_edit);
  ImGui::Spacing();

  // The list of documents: a column on the left, or a row of choices above the preview on phones.
  const float list_width = c.narrow ? 0.0f : 250.0f;
  ImGui::BeginChild("document list", ImVec2(list_width, c.narrow ? ImGui::GetTextLineHeightWithSpacing() * 6 : 0),
                    ImGuiChildFlags_Border);
  for (int i = 0; i < static_cast<int>(outputs.size()); ++i)
    if (ImGui::Selectable(outputs[static_cast<std::size_t>(i)].label.c_str(), s.document == i)) {
      s.document = i;
      s.document_format = 0;
    }
  ImGui::EndChild();
  if (!c.narrow) ImGui::SameLine();

  ImGui::BeginGroup();
  for (int i = 0; i < static_cast<int>(chosen.formats.size()); ++i) {
    const std::string& f = chosen.formats[static_cast<std::size_t>(i)];
    const char* label = f == "md" ? "Markdown" : f == "html" ? "HTML" : f == "json" ? "JSON" : "iCalendar (.ics)";
    if (i > 0) ImGui::SameLine();
    if (ImGui::RadioButton(label, s.document_format == i)) s.document_format = i;
  }

  // The preview is rendered again only when the engagement, the provider or the choice changed; the time
  // is the one of that render. The download is rendered afresh at the moment of the click.
  const std::string preview_format = format == "html" ? "md" : format;
  const std::string key = std::to_string(c.session.revision()) + "|" + c.e.id + "|" + chosen.id + "|" + preview_format;
  if (key != s.preview_key) {
    s.preview_key = key;
    const auto rendered = render_document(c.session, c.e, chosen.id, preview_format, c.session.now());
    s.preview_ok = rendered.ok();
    s.preview = rendered.ok() ? rendered.text : diagnostics_text(rendered.diagnostics);
  }

  ImGui::BeginDisabled(!s.preview_ok || !c.session.services().download);
  if (ImGui::Button("Download")) {
    const std::string now = c.session.now();
    const auto rendered = render_document(c.session, c.e, chosen.id, format, now);
    if (rendered.ok())
      c.session.notice = c.session.services().download(document_file_name(c.e, chosen.id, now, rendered.extension),
                                                       rendered.mime, rendered.text);
    else
      c.session.error = "Not downloaded:\n" + diagnostics_text(rendered.diagnostics);
  }
  ImGui::EndDisabled();
  if (c.session.services().copy) {
    ImGui::SameLine();
    ImGui::BeginDisabled(!s.preview_ok);
    if (ImGui::Button("Copy to clipboard")) {
      const auto rendered = render_document(c.session, c.e, chosen.id, format, c.session.now());
      if (rendered.ok()) {
        c.session.services().copy(rendered.text);
        c.session.notice = "Copied the " + chosen.label + " to the clipboard.";
      }
    }
    ImGui::EndDisabled();
  }
  if (format == "html")
    help("The HTML download is this document as one standalone printable page; the preview shows its text as Markdown.");
  if (!s.preview_ok) {
    ImGui::PushStyleColor(ImGuiCol_Text, colors::danger());
    ImGui::TextWrapped("This document cannot be made yet:");
    ImGui::PopStyleColor();
  }

  // Read-only, wrapped, scrollable: documents are long and their lines longer than a phone.
  ImGui::BeginChild("document preview", ImVec2(0, 0), ImGuiChildFlags_Border);
  ImGui::PushTextWrapPos(0.0f);
  ImGui::TextUnformatted(s.preview.data(), s.preview.data() + s.preview.size());
  ImGui::PopTextWrapPos();
  ImGui::EndChild();
  ImGui::EndGroup();
}

}  // namespace sw::ui::engagements
