// designer_tree.cpp — the tree of sections, questions and repeat-group fields: selecting, dragging to reorder or
// move between sections, the calculated values after them, the keyboard (arrows, Alt+arrows, Delete, Ctrl+D) and the delete confirmation.
#include <string>

#include "core/designer/edits_calculated.h"
#include "core/designer/edits_structure.h"
#include "imgui.h"
#include "ui/designer/designer_view.h"
#include "ui/runner/fields.h"
#include "ui/theme.h"

namespace sw::ui::designer {

namespace {
using Kind = Selection::Kind;
constexpr const char* kDragQuestion = "SW_QUESTION";
constexpr const char* kDragSection = "SW_SECTION";

struct DragRef {
  int section, question, field;  // field -1 for a top-level question
};

DragRef drag_of(const dz::QuestionRef& r) {
  return {static_cast<int>(r.section), static_cast<int>(r.question), r.field ? static_cast<int>(*r.field) : -1};
}

// What deleting the selection does (not for the questionnaire itself).
dz::Edit delete_edit(const Selection& sel) {
  if (sel.kind == Kind::Section) return dz::delete_section(sel.section);
  if (sel.kind == Kind::Calculated) return dz::delete_calculated(sel.section);
  return dz::delete_question(sel.question);
}

dz::QuestionRef ref_of(const DragRef& d) {
  dz::QuestionRef r{static_cast<std::size_t>(d.section), static_cast<std::size_t>(d.question), {}};
  if (d.field >= 0) r.field = static_cast<std::size_t>(d.field);
  return r;
}

// Every node in display order, for the arrow keys.
std::vector<Selection> flat_nodes(const questionnaire::Questionnaire& q) {
  std::vector<Selection> out;
  for (std::size_t s = 0; s < q.sections.size(); ++s) {
    out.push_back({Kind::Section, s, {}});
    for (std::size_t i = 0; i < q.sections[s].questions.size(); ++i) {
      out.push_back({Kind::Question, 0, {s, i, {}}});
      for (std::size_t f = 0; f < q.sections[s].questions[i].fields.size(); ++f) out.push_back({Kind::Question, 0, {s, i, f}});
    }
  }
  for (std::size_t c = 0; c < q.calculated.size(); ++c) out.push_back({Kind::Calculated, c, {}});
  return out;
}
}  // namespace

void DesignerView::draw_tree() {
  const auto& q = session_.questionnaire();
  if (ImGui::Selectable("Questionnaire settings", session_.selection.kind == Kind::Questionnaire))
    session_.selection = {};
  for (std::size_t s = 0; s < q.sections.size(); ++s) draw_tree_section(s);
  ImGui::Spacing();
  if (ImGui::Button("+ Section")) {
    if (session_.apply(dz::add_section(q.sections.size())))
      session_.selection = {Kind::Section, session_.questionnaire().sections.size() - 1, {}};
  }
  draw_tree_calculated();
}

void DesignerView::draw_tree_section(std::size_t s) {
  // A copy: an edit applied below (a drop) replaces the questionnaire this frame.
  const questionnaire::Section section = session_.questionnaire().sections[s];
  ImGui::PushID(static_cast<int>(s));
  const bool selected = session_.selection.kind == Kind::Section && session_.selection.section == s;
  const std::string title = (section.title.empty() ? "(untitled section)" : section.title) + "##section";
  const bool open = ImGui::TreeNodeEx(title.c_str(), ImGuiTreeNodeFlags_DefaultOpen | ImGuiTreeNodeFlags_SpanAvailWidth |
                                                         ImGuiTreeNodeFlags_OpenOnArrow | (selected ? ImGuiTreeNodeFlags_Selected : 0));
  runner::name_last_item("Section " + section.id);
  if (ImGui::IsItemClicked() && !ImGui::IsItemToggledOpen()) session_.selection = {Kind::Section, s, {}};
  if (ImGui::BeginDragDropSource()) {
    const int index = static_cast<int>(s);
    ImGui::SetDragDropPayload(kDragSection, &index, sizeof index);
    ImGui::TextUnformatted(section.title.c_str());
    ImGui::EndDragDropSource();
  }
  if (ImGui::BeginDragDropTarget()) {
    // A section dropped here takes this place; a question dropped on a section goes to its end.
    if (const ImGuiPayload* p = ImGui::AcceptDragDropPayload(kDragSection)) {
      const int from = *static_cast<const int*>(p->Data);
      if (session_.apply(dz::move_section(static_cast<std::size_t>(from), s))) session_.selection = {Kind::Section, s, {}};
    }
    if (const ImGuiPayload* p = ImGui::AcceptDragDropPayload(kDragQuestion)) {
      const dz::QuestionRef from = ref_of(*static_cast<const DragRef*>(p->Data));
      const dz::QuestionRef to{s, section.questions.size() - (from.section == s ? 1 : 0), {}};
      if (!from.field && session_.apply(dz::move_question(from, to))) session_.selection = {Kind::Question, 0, to};
    }
    ImGui::EndDragDropTarget();
  }
  if (open) {
    for (std::size_t i = 0; i < section.questions.size(); ++i) {
      const questionnaire::Question& group = section.questions[i];
      draw_tree_question({s, i, {}}, group);
      if (group.type != questionnaire::QuestionType::Repeat) continue;
      ImGui::Indent();
      for (std::size_t f = 0; f < group.fields.size(); ++f) draw_tree_question({s, i, f}, group.fields[f]);
      ImGui::Unindent();
    }
    if (ImGui::SmallButton("+ Question")) {
      const dz::QuestionRef at{s, section.questions.size(), {}};
      if (session_.apply(dz::add_question(at, questionnaire::QuestionType::Text)))
        session_.selection = {Kind::Question, 0, at};
    }
    runner::name_last_item("Add question to " + section.id);
    ImGui::TreePop();
  }
  ImGui::PopID();
}

void DesignerView::draw_tree_question(const dz::QuestionRef& ref, const questionnaire::Question& q) {
  ImGui::PushID(static_cast<int>(ref.question * 1000 + (ref.field ? *ref.field + 1 : 0)));
  const bool selected = session_.selection.kind == Kind::Question && session_.selection.question == ref;
  const std::string label = (q.label.empty() ? q.id : q.label) + "##q";
  ImGui::Indent(8);
  if (ImGui::Selectable(label.c_str(), selected)) session_.selection = {Kind::Question, 0, ref};
  runner::name_last_item("Question " + q.id);
  if (ImGui::BeginDragDropSource()) {
    const DragRef d = drag_of(ref);
    ImGui::SetDragDropPayload(kDragQuestion, &d, sizeof d);
    ImGui::TextUnformatted(q.label.c_str());
    ImGui::EndDragDropSource();
  }
  if (ImGui::BeginDragDropTarget()) {
    // Dropped on a question: the moved one takes its place.
    if (const ImGuiPayload* p = ImGui::AcceptDragDropPayload(kDragQuestion)) {
      const dz::QuestionRef from = ref_of(*static_cast<const DragRef*>(p->Data));
      if (session_.apply(dz::move_question(from, ref))) session_.selection = {Kind::Question, 0, ref};
    }
    ImGui::EndDragDropTarget();
  }
  ImGui::SameLine();
  ImGui::TextDisabled("%s", std::string(questionnaire::type_name(q.type)).c_str());
  ImGui::Unindent(8);
  ImGui::PopID();
}

void DesignerView::step_selection(int direction) {
  const auto nodes = flat_nodes(session_.questionnaire());
  std::size_t at = 0;
  for (std::size_t i = 0; i < nodes.size(); ++i) {
    const Selection& n = nodes[i];
    const Selection& s = session_.selection;
    if (n.kind == s.kind && (n.kind == Kind::Question ? n.question == s.question : n.section == s.section)) at = i;
  }
  if (nodes.empty()) return;
  if (direction < 0 && at > 0) session_.selection = nodes[at - 1];
  if (direction > 0 && at + 1 < nodes.size()) session_.selection = nodes[at + 1];
}

void DesignerView::move_selection(int direction) {
  Selection& sel = session_.selection;
  if (sel.kind == Kind::Section || sel.kind == Kind::Calculated) {
    const bool section = sel.kind == Kind::Section;
    const std::size_t to = direction < 0 ? (sel.section == 0 ? 0 : sel.section - 1) : sel.section + 1;
    const std::size_t count = section ? session_.questionnaire().sections.size() : session_.questionnaire().calculated.size();
    if (to < count && to != sel.section &&
        session_.apply(section ? dz::move_section(sel.section, to) : dz::move_calculated(sel.section, to)))
      sel.section = to;
    return;
  }
  if (sel.kind != Kind::Question) return;
  dz::QuestionRef landed;
  if (session_.apply(dz::step_question(sel.question, direction, &landed))) sel.question = landed;
}

void DesignerView::duplicate_selection() {
  Selection& sel = session_.selection;
  if (sel.kind == Kind::Section) {
    if (session_.apply(dz::duplicate_section(sel.section))) ++sel.section;
  } else if (sel.kind == Kind::Calculated) {
    if (session_.apply(dz::duplicate_calculated(sel.section))) ++sel.section;
  } else if (sel.kind == Kind::Question && session_.apply(dz::duplicate_question(sel.question))) {
    ++(sel.question.field ? *sel.question.field : sel.question.question);
  }
}

void DesignerView::ask_delete() {
  const Selection& sel = session_.selection;
  if (sel.kind == Kind::Questionnaire) return;
  delete_consequences_ = session_.new_errors_after(delete_edit(sel));
  confirm_delete_ = true;
}

void DesignerView::draw_delete_dialog() {
  if (confirm_delete_) {
    ImGui::OpenPopup("Delete?");
    confirm_delete_ = false;
  }
  ImGui::SetNextWindowSize(ImVec2(520, 0), ImGuiCond_Appearing);
  if (!ImGui::BeginPopupModal("Delete?", nullptr, ImGuiWindowFlags_NoSavedSettings)) return;
  const Selection sel = session_.selection;
  const auto& q = session_.questionnaire();
  const questionnaire::Question* question = sel.kind == Kind::Question ? dz::find(q, sel.question) : nullptr;
  if (question) ImGui::TextWrapped("Delete the question \"%s\" (%s)?", question->label.c_str(), question->id.c_str());
  else if (sel.kind == Kind::Section && sel.section < q.sections.size())
    ImGui::TextWrapped("Delete the section \"%s\" and its %zu question(s)?", q.sections[sel.section].title.c_str(),
                       q.sections[sel.section].questions.size());
  else if (sel.kind == Kind::Calculated && sel.section < q.calculated.size())
    ImGui::TextWrapped("Delete the calculated value \"%s\" (%s)?", q.calculated[sel.section].label.c_str(),
                       q.calculated[sel.section].id.c_str());
  if (!delete_consequences_.empty()) {
    ImGui::TextColored(colors::danger(), "Other parts refer to it; deleting leaves these problems to fix:");
    for (const auto& e : delete_consequences_) {
      ImGui::Bullet();
      ImGui::TextWrapped("%s", e.c_str());
    }
  }
  ImGui::TextDisabled("Undo (Ctrl+Z) brings it back.");
  if (ImGui::Button("Delete") || ImGui::IsKeyPressed(ImGuiKey_Enter, false)) {
    if (sel.kind != Kind::Questionnaire) session_.apply(delete_edit(sel));
    session_.clamp_selection();
    ImGui::CloseCurrentPopup();
  }
  ImGui::SameLine();
  if (ImGui::Button("Cancel") || ImGui::IsKeyPressed(ImGuiKey_Escape, false)) ImGui::CloseCurrentPopup();
  ImGui::EndPopup();
}

}  // namespace sw::ui::designer
