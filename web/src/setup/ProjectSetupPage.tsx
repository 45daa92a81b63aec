export function NewProjectPage() {
  return <p>New project (being built)</p>;
}
export function ProjectSettingsPage() {
  return <p>Project settings (being built)</p>;
}
