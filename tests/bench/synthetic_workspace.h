// synthetic_workspace.h — a large workspace for benchmarks: N engagements spread over the load-balancer
// process's stages, each holding what an engagement at that stage holds (contacts, attached answers, scope, SoW
// revisions with snapshots, plan, PDR items with settings and tests plus revision snapshots, checklist, meetings,
// changes, risks, test protocol, handover, history). Later stages hold more, as real ones do.
#pragma once

#include "core/engagement/workspace.h"

namespace sw::bench {

struct SyntheticWorkspaceOptions {
  int engagements = 1000;
  unsigned seed = 7;
};

/// The workspace (every engagement valid: it round-trips through the file format without diagnostics).
engagement::Workspace synthetic_workspace(const SyntheticWorkspaceOptions& options);

}  // namespace sw::bench
