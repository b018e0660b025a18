#!/usr/bin/env python3
"""Adds three alert rules next to the seeded default and a burst of failures for two shops in the current minute, so
the running app's every-minute "alerts" job opens incidents for alerts-shots.mjs.
Run it once the app answers /healthz (before that, the default rule is not seeded yet and would be skipped).
Usage: python3 seed-alerts.py <data dir>/orderdesk.db"""
import json, sqlite3, sys, time
db = sqlite3.connect(sys.argv[1])
def ticks(t): return int(t * 10_000_000) + 621355968000000000
supervisor = db.execute("select Id from AspNetUsers where Email = 'supervisor@demo.orderdesk'").fetchone()[0]
rules = [
    # Name, Metric, Scope, ScopeValue, Comparison, Threshold, Window, Severity, Owner, Roles, Users, Enabled
    ("JD failure rate", "FailureRate", "Platform", "Jd", "GreaterThan", "0.05", 30, "Critical", 0, ["OpsManager", "Admin"], [supervisor], 1),
    ("Inbox backlog", "Backlog", "All", "", "GreaterThan", "500", 1, "Warning", 0, ["OpsManager"], [], 1),
    ("Tea shop quarantine", "Quarantined", "Shop", "TB-TEA01", "GreaterOrEqual", "5", 120, "Info", 1, [], [], 0),
]
for r in rules:
    db.execute("""insert or ignore into AlertRules (Name, Metric, Scope, ScopeValue, Comparison, Threshold, WindowMinutes, Severity,
        NotifyShopOwner, RecipientRoles, RecipientUserIds, Enabled) values (?,?,?,?,?,?,?,?,?,?,?,?)""",
        (*r[:9], json.dumps(r[9]), json.dumps(r[10]), r[11]))
minute = ticks(int(time.time() // 60 * 60))
for code, failures in (("TB-TEA01", 24), ("JD-DG01", 14)):
    shop_id, platform = db.execute("select Id, Platform from Shops where Code = ?", (code,)).fetchone()
    db.execute("""insert into ChannelMinuteStats (ShopId, Minute, Platform, Received, Created, Updated, Failures, Quarantined, Backfilled,
        Pulls, PullFailures, RateLimited, LatencySumMs, LatencyCount, Latency1s, Latency5s, Latency15s, Latency60s, Latency300s,
        Latency1800s, LatencyOver) values (?,?,?,160,0,0,?,0,0,30,?,0,0,0,0,0,0,0,0,0,0)
        on conflict (ShopId, Minute) do update set Received = Received + excluded.Received, Pulls = Pulls + excluded.Pulls,
          Failures = Failures + excluded.Failures, PullFailures = PullFailures + excluded.PullFailures""",
        (shop_id, minute, platform, failures - failures // 2, failures // 2))
db.commit()
print("seeded", len(rules), "rules and failure bursts for TB-TEA01, JD-DG01")
