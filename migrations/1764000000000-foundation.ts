import { MigrationInterface, QueryRunner } from 'typeorm';

const SECTORS = `'system-semiconductor','bio-health','future-mobility','clean-energy','robotics','ai-big-data','cybersecurity-network','aerospace-ocean','next-gen-nuclear','quantum'`;
const STAGES = `'pre-seed','seed','series-a','series-b','series-c-plus'`;

/** Accounts, profiles, demands, events, IR sessions, participants and availability. */
export class Foundation1764000000000 implements MigrationInterface {
  name = 'Foundation1764000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await q.query(`
      CREATE TABLE accounts (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email text NOT NULL CHECK (email = lower(email) AND length(email) BETWEEN 3 AND 254),
        password_hash text NOT NULL,
        role text NOT NULL CHECK (role IN ('organizer','startup','investor','corporate')),
        status text NOT NULL CHECK (status IN ('pending','active','rejected')),
        display_name text NOT NULL CHECK (length(display_name) BETWEEN 1 AND 200),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE UNIQUE INDEX accounts_email_key ON accounts (email)`);
    await q.query(`CREATE INDEX accounts_role_status_idx ON accounts (role, status)`);

    await q.query(`
      CREATE TABLE startup_profiles (
        account_id uuid PRIMARY KEY REFERENCES accounts(id) ON DELETE CASCADE,
        name text NOT NULL,
        country char(2) NOT NULL,
        sector text NOT NULL CHECK (sector IN (${SECTORS})),
        stage text NOT NULL CHECK (stage IN (${STAGES})),
        trl int NOT NULL CHECK (trl BETWEEN 1 AND 9),
        funding_ask_amount bigint NOT NULL CHECK (funding_ask_amount >= 0),
        funding_ask_currency char(3) NOT NULL,
        founded_year int NOT NULL CHECK (founded_year BETWEEN 1800 AND 2200),
        employees int NOT NULL CHECK (employees >= 0),
        keywords text[] NOT NULL DEFAULT '{}',
        description text NOT NULL,
        deck_url text,
        search_text text NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX startup_profiles_sector_stage_idx ON startup_profiles (sector, stage)`);
    await q.query(`CREATE INDEX startup_profiles_search_idx ON startup_profiles USING gin (search_text gin_trgm_ops)`);

    await q.query(`
      CREATE TABLE investor_profiles (
        account_id uuid PRIMARY KEY REFERENCES accounts(id) ON DELETE CASCADE,
        firm text NOT NULL,
        sectors text[] NOT NULL CHECK (sectors <@ ARRAY[${SECTORS}]::text[] AND cardinality(sectors) > 0),
        stages text[] NOT NULL CHECK (stages <@ ARRAY[${STAGES}]::text[] AND cardinality(stages) > 0),
        ticket_min_amount bigint NOT NULL CHECK (ticket_min_amount >= 0),
        ticket_min_currency char(3) NOT NULL,
        ticket_max_amount bigint NOT NULL CHECK (ticket_max_amount >= 0),
        ticket_max_currency char(3) NOT NULL,
        countries text[] NOT NULL DEFAULT '{}',
        thesis text NOT NULL,
        max_meetings_per_day int NOT NULL CHECK (max_meetings_per_day BETWEEN 1 AND 100),
        search_text text NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX investor_profiles_sectors_idx ON investor_profiles USING gin (sectors)`);

    await q.query(`
      CREATE TABLE corporate_profiles (
        account_id uuid PRIMARY KEY REFERENCES accounts(id) ON DELETE CASCADE,
        company text NOT NULL,
        country char(2) NOT NULL,
        description text,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);

    await q.query(`
      CREATE TABLE demands (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        owner_id uuid NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
        title text NOT NULL,
        description text NOT NULL,
        sectors text[] NOT NULL CHECK (sectors <@ ARRAY[${SECTORS}]::text[] AND cardinality(sectors) > 0),
        keywords text[] NOT NULL DEFAULT '{}',
        min_trl int CHECK (min_trl BETWEEN 1 AND 9),
        collaboration text[] NOT NULL CHECK (collaboration <@ ARRAY['poc','joint-development','investment','procurement']::text[]),
        deadline date,
        search_text text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        deleted_at timestamptz
      )`);
    await q.query(`CREATE INDEX demands_owner_idx ON demands (owner_id) WHERE deleted_at IS NULL`);
    await q.query(`CREATE INDEX demands_search_idx ON demands USING gin (search_text gin_trgm_ops)`);

    await q.query(`
      CREATE TABLE events (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL,
        venue text NOT NULL,
        timezone text NOT NULL,
        start_date date NOT NULL,
        end_date date NOT NULL,
        day_start text NOT NULL CHECK (day_start ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'),
        day_end text NOT NULL CHECK (day_end ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$|^24:00$'),
        slot_minutes int NOT NULL CHECK (slot_minutes BETWEEN 5 AND 240),
        tables int NOT NULL CHECK (tables BETWEEN 1 AND 10000),
        match_weights jsonb,
        schedule_published_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (start_date <= end_date),
        CHECK (day_start < day_end)
      )`);

    await q.query(`
      CREATE TABLE ir_sessions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        event_id uuid NOT NULL REFERENCES events(id) ON DELETE CASCADE,
        title text NOT NULL,
        room text NOT NULL,
        starts_at timestamptz NOT NULL,
        slot_minutes int NOT NULL CHECK (slot_minutes BETWEEN 1 AND 240),
        slot_count int NOT NULL CHECK (slot_count BETWEEN 1 AND 200),
        sectors text[] NOT NULL DEFAULT '{}' CHECK (sectors <@ ARRAY[${SECTORS}]::text[]),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX ir_sessions_event_idx ON ir_sessions (event_id, starts_at)`);

    await q.query(`
      CREATE TABLE event_participants (
        event_id uuid NOT NULL REFERENCES events(id) ON DELETE CASCADE,
        account_id uuid NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
        joined_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (event_id, account_id)
      )`);
    await q.query(`CREATE INDEX event_participants_account_idx ON event_participants (account_id)`);

    await q.query(`
      CREATE TABLE availability_blocks (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        event_id uuid NOT NULL,
        account_id uuid NOT NULL,
        starts_at timestamptz NOT NULL,
        ends_at timestamptz NOT NULL,
        CHECK (starts_at < ends_at),
        FOREIGN KEY (event_id, account_id) REFERENCES event_participants(event_id, account_id) ON DELETE CASCADE
      )`);
    await q.query(`CREATE INDEX availability_blocks_participant_idx ON availability_blocks (event_id, account_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['availability_blocks', 'event_participants', 'ir_sessions', 'events', 'demands', 'corporate_profiles', 'investor_profiles', 'startup_profiles', 'accounts']) {
      await q.query(`DROP TABLE IF EXISTS ${table}`);
    }
  }
}
