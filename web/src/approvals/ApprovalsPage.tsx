export function ApprovalsPage() {
  return <p>Approvals (being built)</p>;
}
