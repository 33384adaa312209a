// Given and family names per naming culture, for generated (fictional) leaders, reporters and spokespeople.
// Data only. Space-separated lists keep the file short; combinations, not the lists, make people unique.

export type Culture =
  | 'western'
  | 'arabic'
  | 'chinese'
  | 'korean'
  | 'japanese'
  | 'indian'
  | 'russian'
  | 'african'
  | 'latin'
  | 'southeast-asian';

export interface NamePool {
  given: readonly string[];
  family: readonly string[];
  /** Family name first, as English-language news writes Chinese and Korean names. */
  familyFirst?: boolean;
  /** Korean given names are two syllables joined by a hyphen (Ho-jin); Chinese ones run together (Jinping). */
  syllables?: readonly string[];
  /** Russian family names take -a / -aya for women; we keep men's forms and add women's by rule. */
  feminine?: readonly string[];
}

const words = (list: string): readonly string[] => list.trim().split(/\s+/);

export const NAME_POOLS: Readonly<Record<Culture, NamePool>> = {
  western: {
    given:
      words(`James Mary Robert Patricia John Jennifer Michael Linda David Elizabeth William Barbara Richard Susan
      Thomas Jessica Charles Sarah Daniel Karen Matthew Nancy Anthony Lisa Mark Margaret Steven Sandra Andrew Ashley
      Emmanuel Claire Olaf Annalena Pieter Ingrid Lars Sofie Henrik Marta Jean Camille Luca Giulia Anders Kaja Niamh`),
    family:
      words(`Smith Johnson Williams Brown Jones Miller Davis Wilson Anderson Taylor Thomas Moore Martin Jackson
      Thompson White Harris Clark Lewis Walker Hall Allen Young King Wright Scott Green Baker Adams Nelson Carter
      Mitchell Roberts Turner Phillips Campbell Parker Evans Edwards Collins Stewart Morris Murphy Cook Rogers Morgan
      Dubois Lefebvre Moreau Laurent Schneider Fischer Weber Becker Hoffmann Jansen Visser Larsen Nielsen Lindqvist
      Berg Novak Kowalski Horvat Rossi Ferrari Bianchi Romano Costa Byrne Walsh OBrien`),
  },
  arabic: {
    given:
      words(`Mohammed Ahmed Ali Omar Khalid Hassan Hussein Abdullah Faisal Saud Tariq Youssef Ibrahim Mahmoud
      Mustafa Nasser Karim Samir Walid Adel Hamad Sultan Mansour Jamal Fatima Aisha Layla Mariam Noura Huda Rania
      Salma Hossein Abbas Reza Javad Majid Mehdi`),
    family:
      words(`Al-Rashid Al-Saud Al-Thani Al-Nahyan Al-Sabah Al-Maktoum Haddad Khoury Mansour Nasser Farouk Saleh
      Aziz Hamdan Karimi Shukri Barakat Darwish Habib Qasim Sabbagh Tamimi Zayed Obeidat Khalil Jaber Maalouf Bakri
      Abdelaziz Boukadoum Attaf Amirabdollahian Araghchi Zarif Safadi Aboul-Gheit Shoukry`),
  },
  chinese: {
    given: words(
      `Wei Jun Lei Yang Ming Hua Qiang Yi Jie Tao Bin Gang Hong Ping Yan Ling Xiu Fang Mei Ning Chao Hao`,
    ),
    family:
      words(`Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Gao Lin Luo Zheng Liang
      Xie Song Tang Han Feng Deng Cao Peng Zeng Xiao Tian Dong Pan Yuan Cai Jiang Yu Du Ye Cheng Wei Su Lu Ding Ren`),
    familyFirst: true,
    syllables:
      words(`jin ping qiang yi hui ming wei jun dong hai lin xiang zhi guo hua yuan kai xin feng jian bo ning
      cheng long yong sheng tao chun hong lei`),
  },
  korean: {
    given: [],
    family:
      words(`Kim Lee Park Choi Jung Kang Cho Yoon Jang Lim Han Oh Seo Shin Kwon Hwang Ahn Song Ryu Hong Jeon
      Ko Moon Yang Son Bae Baek Heo Nam Chang Yoo`),
    familyFirst: true,
    syllables:
      words(`min jun seo ho jin hyun woo young soo ji eun hye sung kyung tae jae dong hee won yeon chul su
      ha na bin mi`),
  },
  japanese: {
    given: words(`Hiroshi Takeshi Kenji Yoshihide Shinzo Fumio Taro Ichiro Koji Masahiro Naoki Satoshi Shigeru
      Tatsuya Yoko Yoshimasa Hayashi Kazuo Akira Daisuke Haruka Yuko Keiko Noriko Sanae Takako Toshimitsu Minoru`),
    family:
      words(`Sato Suzuki Takahashi Tanaka Watanabe Ito Yamamoto Nakamura Kobayashi Kato Yoshida Yamada Sasaki
      Yamaguchi Matsumoto Inoue Kimura Shimizu Hayashi Saito Yamazaki Mori Abe Ikeda Hashimoto Ishikawa Ogawa Okada
      Fujita Goto Kamikawa Motegi Iwaya Kishi`),
  },
  indian: {
    given:
      words(`Rajesh Suresh Ramesh Anil Sunil Vijay Sanjay Amit Rahul Arjun Vikram Ashok Subrahmanyam Nirmala
      Priya Anita Sunita Kavita Meera Lakshmi Deepak Manoj Rajnath Piyush Ajit Harsh Vinay Shehbaz Ishaq Bilawal
      Sheikh Mahinda Ranil Pushpa`),
    family:
      words(`Sharma Verma Gupta Singh Kumar Patel Shah Mehta Iyer Nair Reddy Rao Menon Pillai Chopra Kapoor
      Malhotra Bose Banerjee Chatterjee Mukherjee Das Jaishankar Doval Kwatra Misri Goyal Sitharaman Dar Khan
      Bhutto Sharif Wickremesinghe Rajapaksa Dahal Hasina`),
  },
  russian: {
    given: words(`Sergei Vladimir Dmitry Andrey Alexei Mikhail Nikolai Ivan Pavel Yuri Oleg Igor Viktor Maxim
      Konstantin Alexander Gennady Boris Anatoly Vasily Dmytro Volodymyr Andriy Oleksandr Mykola Kassym Shavkat
      Sadyr Emomali Serdar`),
    family:
      words(`Ivanov Petrov Smirnov Kuznetsov Popov Sokolov Lebedev Kozlov Novikov Morozov Volkov Solovyov
      Vasiliev Zaitsev Pavlov Semyonov Golubev Vinogradov Bogdanov Vorobyov Fyodorov Mikhailov Belyaev Tarasov
      Belov Orlov Kiselyov Makarov Andreyev Kovalenko Shevchenko Bondarenko Tkachenko Kravchenko Tokayev Mirziyoyev`),
    feminine: words(
      `Maria Elena Olga Tatiana Natalia Svetlana Irina Anna Ekaterina Yulia Valentina Lyudmila`,
    ),
  },
  african: {
    given:
      words(`Kwame Kofi Ama Abena Chinedu Ngozi Oluwaseun Adebayo Tunde Folake Amina Fatoumata Moussa Ibrahim
      Cyril Thabo Nomvula Sipho Uhuru William Samia Yoweri Paul Hage Nana Bola Emmerson Abiy Mahamat Macky Bassirou
      Felix Denis Faustin Wavel Joyce Hakainde Olusegun Lindiwe Naledi Ruto Tshisekedi`),
    family:
      words(`Mensah Owusu Boateng Asante Okafor Okonkwo Adeyemi Balogun Diallo Traore Keita Coulibaly Toure
      Ndiaye Sow Ramaphosa Dlamini Nkosi Mokoena Kenyatta Odinga Kamau Mwangi Otieno Hassan Museveni Kagame Tinubu
      Akufo-Addo Mahama Mnangagwa Hichilema Pandor Lamola Ndlovu Banda Phiri Mutharika Abdirahman Tesfaye Girma`),
  },
  latin: {
    given:
      words(`José Juan Luis Carlos Jorge Miguel Alejandro Fernando Ricardo Eduardo Andrés Gustavo Javier Sergio
      Marcelo Diego Mauricio Gabriel Claudia Mariana Daniela Gabriela Verónica Lucía Dilma Cristina Xiomara Nicolás
      Mauro Rafael Pedro Luiz Javier Santiago Mario Sebastián Alberto Rodrigo Fabiana`),
    family:
      words(`García Rodríguez Martínez Hernández López González Pérez Sánchez Ramírez Torres Flores Rivera
      Gómez Díaz Cruz Morales Ortiz Gutiérrez Chávez Ramos Ruiz Álvarez Mendoza Castillo Jiménez Vargas Romero
      Herrera Medina Aguilar Silva Souza Oliveira Pereira Almeida Carvalho Lima Ferreira Costa Vieira Moreira
      Albares Arce Boric Petro Bukele Milei Lula Lacalle`),
  },
  'southeast-asian': {
    given:
      words(`Anwar Mahathir Najib Retno Joko Prabowo Sugiono Ferdinand Enrique Manuel Maria Pham Nguyen Hun
      Prak Sokhonn Thaksin Paetongtarn Srettha Maris Vivian Lawrence Tharman Aung Ne Win Htun Khamtai Saleumxay
      Sonexay Siti Nur Dewi Budi Agus Rizal Teresa`),
    family:
      words(`Ibrahim Hasan Abdullah Rahman Aziz Widodo Subianto Marsudi Hartono Santoso Wijaya Kusuma Manalo
      Marcos Romualdez Teodoro Lazaro Sangiamphongsa Thavisin Shinawatra Balakrishnan Wong Tharman Lim Tan Nguyen
      Tran Pham Le Vu Hoang Bui Sokhonn Manet Kyaw Thein Oo Siphandone Kommasith`),
  },
};
