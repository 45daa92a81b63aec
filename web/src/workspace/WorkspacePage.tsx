export function WorkspacePage() {
  return <p>Workspace (being built)</p>;
}
