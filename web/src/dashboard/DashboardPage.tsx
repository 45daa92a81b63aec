export function DashboardPage() {
  return <p>Dashboard (being built)</p>;
}
