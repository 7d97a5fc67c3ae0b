#pragma once

namespace casedesk {

// Called first thing in every program that may hold the vault key: no core
// dump (it would contain the key), no ptrace by other processes of the same
// user, and a file-size limit turns into a write error (EFBIG) that the vault
// reports, instead of SIGXFSZ killing the process.
void hardenProcess();

} // namespace casedesk
