// Writes apps/server/src/modules/identity/breached-passwords.txt: passwords that turn up again and
// again in published breaches, lower-cased, 12 characters or longer (shorter ones fail the length
// rule anyway). The seed words are the well-known commonest passwords and their Polish
// counterparts; the list adds the ways people stretch them to a required length (digits, years,
// repetition, keyboard walks). Run it by hand after editing the seeds; the app only reads the file.
import { writeFileSync } from 'node:fs';

const seeds = `
123456 password 12345678 qwerty 123456789 12345 1234 111111 1234567 dragon 123123 baseball abc123
football monkey letmein shadow master 696969 mustang 666666 qwertyuiop 123321 1234567890 pussy
superman 654321 1qaz2wsx 7777777 121212 000000 qazwsx 123qwe killer trustno1 jordan jennifer zxcvbnm
asdfgh hunter buster soccer harley batman andrew tigger sunshine iloveyou 2000 charlie robert thomas
hockey ranger daniel starwars klaster 112233 george computer michelle jessica pepper 1111 zxcvbn
555555 11111111 131313 freedom 777777 pass maggie 159753 aaaaaa ginger princess joshua cheese amanda
summer love ashley nicole chelsea biteme matthew access yankees 987654321 dallas austin thunder
taylor matrix mobilemail mom monitor monitoring montana moon moscow welcome welcome1 admin
administrator root toor login passw0rd p@ssw0rd p@ssword pa55word changeme secret default guest
test tester testing qwerty123 qwe123 1q2w3e 1q2w3e4r 1q2w3e4r5t zaq12wsx zaq1xsw2 !qaz2wsx
asdf asdfasdf asdfghjkl zxcv qwer1234 abcd1234 abcdef abcdefg aa123456 a123456 a12345 password1
password12 password123 iloveyou1 princess1 sunshine1 football1 baseball1 hello hello123 world
helloworld whatever nothing freedom1 flower hottie lovely loveme angel angels angel1 babygirl
baby butterfly purple jesus michael1 liverpool arsenal barcelona realmadrid juventus samsung
apple google facebook yahoo microsoft windows linux internet computer1 letmein1 trustno1 azerty
superman1 batman1 spiderman pokemon naruto minecraft fortnite starwars1 whatever1 cookie
chocolate banana orange summer1 winter spring autumn january february march april may june july
august september october november december monday friday sunday
polska polska1 polska123 haslo haslo1 haslo123 haslo1234 hasło kochanie kocham kochamcie
kochamcię misiek misio myszka kasia kasienka agnieszka marcin tomek tomasz piotrek piotr
michal michał krzysiek lukasz łukasz mateusz bartek kamil pawel paweł adrian damian dawid
kacper szymon jakub kuba magda monika natalia paulina karolina ania anna aneta ewelina justyna
zuzia zuzanna asia joanna gosia małgosia basia barbara marta ola aleksandra dominika sylwia
warszawa krakow kraków gdansk gdańsk poznan poznań wroclaw wrocław lodz łódź legia lech wisla
wisła cracovia slask śląsk lechpoznan legiawarszawa motylek kotek kotki piesek pies dupa dupa1
dupa123 cipa kurwa jebac chuj zaqwsx qazwsxedc qwertyu qwertyui zxcvbnm1 mamusia tatus mama tata
babcia dziadek niunia skarbek slonko słonko sloneczko słoneczko aniolek aniołek diabel diabeł
smok tygrys lew orzel orzeł bocian jan janek janusz zbigniew stanislaw stanisław krzysztof
andrzej jacek wojtek wojciech grzegorz marek mariusz robert dariusz jerzy zdzislaw
ostoja mops gops pomoc opieka pracownik urzad urząd gmina miasto
`
  .split(/\s+/)
  .filter(Boolean);

const walks = [
  'qwertyuiopasdfghjkl',
  'qwertyuiop[]',
  'qwertyuiopasdf',
  'asdfghjklzxcvbnm',
  'zxcvbnmasdfghjkl',
  '1qaz2wsx3edc',
  '1qaz2wsx3edc4rfv',
  'zaq12wsxcde3',
  'zaq12wsxcde34rfv',
  '1q2w3e4r5t6y',
  '1q2w3e4r5t6y7u8i',
  'q1w2e3r4t5y6',
  'qazwsxedcrfv',
  'qazwsxedcrfvtgb',
  '!qaz@wsx#edc',
  'qwe123qwe123',
  'asd123asd123',
  'zxc123zxc123',
  '1234qwerasdf',
  'qwerasdfzxcv',
  '147258369147',
  '123654789123',
  '741852963741',
  '159357159357',
  '0987654321qw',
];

const suffixes = [
  '',
  '1',
  '12',
  '123',
  '1234',
  '12345',
  '123456',
  '1234567',
  '12345678',
  '!',
  '1!',
  '123!',
  '!!',
  '01',
  '007',
  '69',
  '99',
  '00',
  '11',
  '13',
  '21',
  '22',
  '77',
  '88',
  '666',
  '777',
  '2000',
  ...Array.from({ length: 16 }, (_, i) => String(2010 + i)),
];
const prefixes = ['ilove', 'kocham', 'my'];

const out = new Set();
const add = (p) => {
  if (p.length >= 12 && p.length <= 64) out.add(p.toLowerCase());
};
for (const w of walks) {
  add(w);
  for (const s of suffixes.slice(0, 14)) add(w + s);
}
for (let n = 12; n <= 20; n++) {
  add('1234567890'.repeat(2).slice(0, n));
  add('0123456789'.repeat(2).slice(0, n));
  add('9876543210'.repeat(2).slice(0, n));
  for (const d of '0123456789') add(d.repeat(n));
  for (const c of 'abcxqz') add(c.repeat(n));
}
for (const w of seeds) {
  add(w + w);
  add(w + w + w);
  for (const s of suffixes) add(w + s);
  for (const p of prefixes) for (const s of suffixes.slice(0, 4)) add(p + w + s);
  for (const sep of ['-', '_', '.', '@']) for (const s of suffixes.slice(-6)) add(w + sep + s);
  add(`${w}${w.split('').reverse().join('')}`);
}

// The demo accounts' password is printed in the README: public, so never a real account's.
add('Ostoja-demo-2026');

const sorted = [...out].sort();
writeFileSync(
  new URL('../apps/server/src/modules/identity/breached-passwords.txt', import.meta.url),
  `${sorted.join('\n')}\n`,
);
console.log(`${sorted.length} passwords`);
