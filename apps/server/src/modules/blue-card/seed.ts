import type { Queryable } from '../../db/db.ts';

/**
 * The demo interdisciplinary team: `niebieska` chairs it; a social worker and the psychologist of
 * the centre sit in it with members from the police, a school and health care (no accounts).
 */
export async function seedInterdisciplinaryTeam(q: Queryable) {
  const team = await q.query<{ id: string }>(
    `INSERT INTO interdisciplinary_team (name)
     VALUES ('Zespół Interdyscyplinarny ds. Przeciwdziałania Przemocy Domowej w Pruszkowie (demo)') RETURNING id`,
  );
  const teamId = team.rows[0]!.id;
  const staff = async (login: string, institution: string, isChair: boolean) =>
    q.query(
      `INSERT INTO interdisciplinary_team_member (team_id, staff_user_id, full_name, institution, is_chair, valid_from)
       SELECT $1, id, full_name, $3, $4, '2024-01-01' FROM staff_user WHERE login = $2`,
      [teamId, login, institution, isChair],
    );
  const outside = (fullName: string, institution: string) =>
    q.query(
      `INSERT INTO interdisciplinary_team_member (team_id, full_name, institution, valid_from)
       VALUES ($1, $2, $3, '2024-01-01')`,
      [teamId, fullName, institution],
    );
  const mops = 'Miejski Ośrodek Pomocy Społecznej w Pruszkowie';
  await staff('niebieska', mops, true);
  await staff('pracownik', mops, false);
  await staff('psycholog', mops, false);
  await outside('asp. Marek Dzielnicowy', 'Komenda Powiatowa Policji w Pruszkowie');
  await outside('Ewa Szkolna', 'Szkoła Podstawowa nr 1 w Pruszkowie');
  await outside('Grażyna Zdrowotna', 'Samodzielny Publiczny Zakład Opieki Zdrowotnej w Pruszkowie');
}
