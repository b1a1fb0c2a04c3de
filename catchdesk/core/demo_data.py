"""The people and places of the demo event: names of the region, its trades, workshops, coaches.

Wallonia is diverse: besides Walloon and Flemish families it has large Italian, Moroccan, Turkish,
Spanish, Portuguese, Polish and Congolese communities, and newer Romanian, Vietnamese, Greek and
Ukrainian ones. The demo uses all of them so that search, badges and sorting meet accents, letters
outside Latin-1 (Ł, ş, ı, ễ, Ț) and a few names written in Cyrillic or Greek.

The programme of the day (workshops, coaches) is in :mod:`catchdesk.core.demo_programme`.
Lists are written as comma-separated text so they stay compact; ``Kowalski/Kowalska`` gives the
masculine and feminine forms of a family name or a job title.
"""

from __future__ import annotations

from dataclasses import dataclass


def words(text: str) -> tuple[str, ...]:
    """Split comma-separated text into trimmed items."""
    return tuple(" ".join(item.split()) for item in text.split(",") if item.strip())


def gendered(item: str, female: bool) -> str:
    """``Kowalski/Kowalska`` → the form for the person; an item without ``/`` is unisex."""
    if "/" not in item:
        return item
    male_form, female_form = item.split("/", 1)
    return female_form if female else male_form


@dataclass(frozen=True)
class Origin:
    """Where a family's name comes from, how common it is here, and how its people speak."""

    key: str
    weight: float
    female: tuple[str, ...]
    male: tuple[str, ...]
    last: tuple[str, ...]
    languages: tuple[tuple[str, float], ...] = (("fr", 0.92), ("en", 0.05), ("nl", 0.03))
    french_first: float = 0.0  # share of second-generation people with a French first name
    script: tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]] | None = None
    script_share: float = 0.0  # share written in their own (non-Latin) script
    double_last: float = 0.0  # share with two family names (Spanish, Portuguese custom)


WALLOON_FEMALE = words("""
    Hélène, Anaïs, Noémie, Chloé, Manon, Camille, Léa, Élise, Julie, Laura, Marie, Sophie,
    Céline, Aurélie, Émilie, Mélanie, Nathalie, Isabelle, Véronique, Françoise, Brigitte,
    Geneviève, Maïté, Zoé, Inès, Clémence, Justine, Marie-Claire, Anne-Sophie, Amélie, Gaëlle,
    Joëlle, Maëlle, Océane, Valérie, Pauline, Charlotte, Margaux, Lise, Josiane, Ghislaine,
    Martine, Bénédicte, Stéphanie, Perrine, Coralie, Delphine, Audrey, Marie-Hélène, Léonie""")
WALLOON_MALE = words("""
    Loïc, Jérôme, François, Benoît, Cédric, Frédéric, Grégory, Sébastien, Olivier, Thierry,
    Philippe, Pascal, Didier, Jean-Luc, Jean-François, Pierre-Yves, Nicolas, Maxime, Thomas,
    Quentin, Arnaud, Damien, Xavier, Raphaël, Noé, Théo, Hugo, Louis, Mathéo, Joël, Gaëtan,
    Régis, Stéphane, Benjamin, Antoine, Lucas, Michaël, Yannick, Christophe, Ghislain, Étienne,
    Laurent, Baudouin, Corentin, Aurélien, Jean-Marc, Guillaume, Florian, Valentin, Hervé""")
WALLOON_LAST = words("""
    Dubois, Lambert, Martin, Dupont, Renard, Lejeune, Simon, Laurent, Leroy, Lefebvre, Denis,
    François, Collard, Gilson, Lemaire, Henry, Mathieu, Michel, Hubert, Jacquet, Fontaine,
    Leclercq, Wilmet, Bodart, Pirard, Thiry, Lecomte, Marchal, Piette, Delvaux, Gérard, Maréchal,
    Dethier, Collignon, Pâquet, Lhoest, Noël, Charlier, Poncelet, Gillet, Duchêne, Lefèvre,
    Rousseau, Rosière, Dewez, Piérard, Baudoux, Gobert, Jadot, Detry, Mottet, Dechamps, Closset,
    Horion, Peeters, Jacobs, Willems, Goffin, Wauthier, Delhaye, Lebrun, Rasquin, Defrêne,
    Hennuy, Lemoine, Body, Delforge, Massart, Carlier, Ledent, Tilmant, de Hemptinne,
    Van Cauwenberghe""")

FLEMISH_FEMALE = words("""
    Annelies, Lotte, Fien, Ine, Sofie, Els, Griet, Marieke, Hanne, Lien, Katrien, Nele, Elke,
    Jolien, Liesbeth, Eline, Femke, Ilse, Veerle, An, Inge, Saartje, Lieve, Mieke""")
FLEMISH_MALE = words("""
    Jan, Pieter, Bram, Wout, Sander, Thijs, Jef, Koen, Dries, Lieven, Joris, Stijn, Wim, Geert,
    Bart, Tom, Jens, Seppe, Arne, Ruben, Kristof, Dirk, Maarten, Jeroen""")
FLEMISH_LAST = words("""
    Peeters, Janssens, Maes, Jacobs, Mertens, Willems, Claes, Goossens, Wouters, De Smet,
    Van den Bossche, Vermeulen, De Clercq, Van Damme, Verstraete, Hermans, Coppens, Lemmens,
    Vandenberghe, De Backer, Van Acker, Desmet, Verbruggen, Van de Velde, Dewulf, Van Hoof,
    Verhaegen, Declercq, Vercammen, Baeyens, D'hondt, Van Gucht, Smet, Cuypers""")

ITALIAN_FEMALE = words("""
    Francesca, Giulia, Chiara, Sara, Rosa, Carmela, Lucia, Angela, Maria Grazia, Antonella,
    Giuseppina, Valentina, Federica, Paola, Concetta, Ilaria""")
ITALIAN_MALE = words("""
    Giuseppe, Salvatore, Antonio, Luca, Marco, Alessandro, Vincenzo, Giovanni, Matteo, Nicola,
    Calogero, Domenico, Fabio, Gaetano, Rocco, Stefano""")
ITALIAN_LAST = words("""
    Russo, Esposito, Di Stefano, Romano, Colombo, Ricci, Marino, Greco, Bruno, Gallo, Conti,
    De Luca, Costa, Giordano, Mancini, Rizzo, Lombardi, Moretti, Barbieri, Fontana, Di Marco,
    La Rocca, Lo Presti, Sciortino, D'Angelo, Caruso, Ferrara, Santoro, Di Rupo, Zaccaria,
    Cannizzaro, Messina, Li Causi, Vitale, Scalia, Pagano, Guarneri, Nicolosi""")

SPANISH_FEMALE = words("María, Carmen, Lucía, Pilar, Begoña, Nuria, Rocío, Inmaculada, Ángela")
SPANISH_MALE = words("José, Javier, Alejandro, Raúl, Íñigo, Sergio, Jesús, Álvaro, Andrés")
SPANISH_LAST = words("""
    García, Fernández, López, Martínez, Sánchez, Pérez, Gómez, Rodríguez, Díaz, Muñoz, Álvarez,
    Romero, Navarro, Ibáñez, Jiménez, Ortega, Castaño""")

PORTUGUESE_FEMALE = words("Ana, Inês, Beatriz, Conceição, Mariana, Joana, Fátima, Leonor")
PORTUGUESE_MALE = words("João, Gonçalo, Tiago, Sebastião, Rui, Luís, António, Simão")
PORTUGUESE_LAST = words("""
    Da Silva, Dos Santos, Ferreira, Pereira, Oliveira, Rodrigues, Martins, Gonçalves, Carvalho,
    Sousa, Magalhães, Simões, Conceição, Gaspar, Loureiro""")

MOROCCAN_FEMALE = words("""
    Fatima-Zahra, Nadia, Samira, Yasmina, Imane, Salma, Khadija, Nour, Souad, Hanane, Meryem,
    Loubna, Siham, Kaoutar, Aïcha, Zineb""")
MOROCCAN_MALE = words("""
    Mohamed, Youssef, Karim, Mehdi, Hamza, Soufiane, Rachid, Ilyas, Amine, Bilal, Abdelkader,
    Driss, Nabil, Said, Othmane, Anas""")
MOROCCAN_LAST = words("""
    Benali, El Amrani, El Idrissi, Bouzid, Haddad, Ait Ouali, Bennani, Ouahbi, Chakir,
    El Khattabi, Zerrouki, Tahiri, Belkacem, Aouragh, Azzouzi, Boukhari, El Ouardi, Lahlou,
    Moussaoui, Ben Abdallah""")

TURKISH_FEMALE = words("Ayşe, Büşra, Çağla, Elif, Zeynep, Gülşen, Özlem, Merve, Şeyma, İrem")
TURKISH_MALE = words("Gökhan, Ömer, Mehmet, Mustafa, Emre, Serkan, Oğuz, Barış, Hakan, Yusuf")
TURKISH_LAST = words("""
    Öztürk, Yıldız, Şahin, Çelik, Doğan, Kılıç, Aydın, Koç, Kaya, Demir, Arslan, Güneş, Yılmaz,
    Özdemir, Aktaş, Korkmaz""")

POLISH_FEMALE = words("""
    Małgorzata, Agnieszka, Katarzyna, Joanna, Magdalena, Ewa, Żaneta, Grażyna, Beata""")
POLISH_MALE = words("Łukasz, Piotr, Paweł, Krzysztof, Michał, Tomasz, Grzegorz, Wojciech, Jerzy")
POLISH_LAST = words("""
    Wójcik, Zieliński/Zielińska, Kowalski/Kowalska, Woźniak, Kamiński/Kamińska,
    Lewandowski/Lewandowska, Dąbrowski/Dąbrowska, Szymański/Szymańska, Nowak,
    Wiśniewski/Wiśniewska, Kaczmarek, Mazur, Krawczyk, Grabowski/Grabowska""")

CONGOLESE_FEMALE = words("""
    Christelle, Grâce, Espérance, Merveille, Gloria, Bénédicte, Sarah, Nathalie, Ruth,
    Divine, Plamedi, Nadège""")
CONGOLESE_MALE = words("""
    Patrick, Junior, Jean-Pierre, Dieudonné, Blaise, Exaucé, Kevin, Trésor, Glody, Fiston,
    Serge, Héritier""")
CONGOLESE_LAST = words("""
    Mbuyi, Kabasele, Ilunga, Kabongo, Mukendi, Tshibangu, Kalonji, Lukusa, Nzuzi, Mulumba,
    Kanku, Tshilombo, Mwamba, Ngalula, Kasongo, Lumumba, Mbala, Nsimba""")

ROMANIAN_FEMALE = words("Ioana, Elena, Cristina, Mădălina, Daniela, Andreea, Roxana, Alina")
ROMANIAN_MALE = words("Andrei, Mihai, Ștefan, Răzvan, Alexandru, Bogdan, Gheorghe, Ionuț")
ROMANIAN_LAST = words("""
    Popescu, Ionescu, Popa, Dumitrescu, Stănescu, Constantinescu, Rădulescu, Munteanu,
    Țurcanu, Lăcătuș, Dobre, Matei""")

VIETNAMESE_FEMALE = words("Lan, Hương, Thảo, Linh, Ngọc, Phương, Mai, Trang, Hằng, Yến")
VIETNAMESE_MALE = words("Minh, Tuấn, Dũng, Quang, Hải, Đức, Hùng, Thắng, Long, Việt")
VIETNAMESE_LAST = words("Nguyễn, Trần, Lê, Phạm, Hoàng, Phan, Vũ, Đặng, Bùi, Đỗ, Huỳnh, Võ")

GREEK_FEMALE = words("Eleni, Katerina, Maria, Sofia, Ioanna, Despina, Vasiliki")
GREEK_MALE = words("Dimitris, Giorgos, Nikos, Kostas, Christos, Giannis, Vasilis")
GREEK_LAST = words("""
    Papadopoulos/Papadopoulou, Georgiou, Nikolaidis/Nikolaidou, Pappas/Pappa,
    Oikonomou, Vlachos/Vlachou, Konstantinidis/Konstantinidou, Karagiannis/Karagianni""")
GREEK_SCRIPT = (
    words("Ελένη, Κατερίνα, Μαρία, Σοφία, Ιωάννα"),
    words("Δημήτρης, Γιώργος, Νίκος, Κώστας, Χρήστος"),
    words("Παπαδόπουλος/Παπαδοπούλου, Γεωργίου, Οικονόμου, Βλάχος/Βλάχου"),
)

EASTERN_FEMALE = words("Olena, Iryna, Oksana, Tetiana, Natalia, Yulia, Anastasiia, Svitlana")
EASTERN_MALE = words("Oleksandr, Andrii, Dmytro, Serhii, Taras, Mykola, Yurii, Bohdan")
EASTERN_LAST = words("""
    Kovalenko, Shevchenko, Bondarenko, Tkachenko, Kravchuk, Melnyk, Boiko, Savchuk, Petrenko,
    Lysenko, Ivanov/Ivanova, Smirnov/Smirnova, Sokolov/Sokolova""")
EASTERN_SCRIPT = (
    words("Олена, Ірина, Оксана, Тетяна, Наталія, Юлія, Анастасія, Світлана"),
    words("Олександр, Андрій, Дмитро, Сергій, Тарас, Микола, Юрій, Богдан"),
    words("""
        Коваленко, Шевченко, Бондаренко, Ткаченко, Кравчук, Мельник, Бойко, Савчук, Петренко,
        Лисенко, Іванов/Іванова, Смирнов/Смирнова"""),
)

INTERNATIONAL_FEMALE = words("Emma, Sarah, Hannah, Laura, Siobhan, Ingrid, Kateřina, Anja")
INTERNATIONAL_MALE = words("Oliver, James, David, Michael, Seán, Lars, Jiří, Jürgen")
INTERNATIONAL_LAST = words("""
    Smith, O'Brien, Müller, Schmidt, Jensen, Andersen, Kelly, Schäfer, Novák/Nováková, Dvořák,
    Weiß, Nørgaard""")

_MIXED_LANGUAGES = (("fr", 0.93), ("en", 0.06), ("nl", 0.01))

ORIGINS: tuple[Origin, ...] = (
    Origin("walloon", 46, WALLOON_FEMALE, WALLOON_MALE, WALLOON_LAST),
    Origin(
        "flemish", 10, FLEMISH_FEMALE, FLEMISH_MALE, FLEMISH_LAST,
        languages=(("nl", 0.7), ("fr", 0.25), ("en", 0.05)),
    ),
    Origin("italian", 10, ITALIAN_FEMALE, ITALIAN_MALE, ITALIAN_LAST, french_first=0.55),
    Origin("moroccan", 7, MOROCCAN_FEMALE, MOROCCAN_MALE, MOROCCAN_LAST, _MIXED_LANGUAGES, 0.2),
    Origin("turkish", 4, TURKISH_FEMALE, TURKISH_MALE, TURKISH_LAST, _MIXED_LANGUAGES, 0.1),
    Origin(
        "spanish", 3, SPANISH_FEMALE, SPANISH_MALE, SPANISH_LAST, french_first=0.4,
        double_last=0.5,
    ),
    Origin(
        "portuguese", 3, PORTUGUESE_FEMALE, PORTUGUESE_MALE, PORTUGUESE_LAST, french_first=0.3,
        double_last=0.3,
    ),
    Origin("polish", 3, POLISH_FEMALE, POLISH_MALE, POLISH_LAST, _MIXED_LANGUAGES, 0.1),
    Origin("congolese", 4, CONGOLESE_FEMALE, CONGOLESE_MALE, CONGOLESE_LAST, french_first=0.2),
    Origin("romanian", 2, ROMANIAN_FEMALE, ROMANIAN_MALE, ROMANIAN_LAST, _MIXED_LANGUAGES),
    Origin("vietnamese", 1.5, VIETNAMESE_FEMALE, VIETNAMESE_MALE, VIETNAMESE_LAST),
    Origin(
        "greek", 1.5, GREEK_FEMALE, GREEK_MALE, GREEK_LAST, _MIXED_LANGUAGES,
        script=GREEK_SCRIPT, script_share=0.2,
    ),
    Origin(
        "eastern", 2, EASTERN_FEMALE, EASTERN_MALE, EASTERN_LAST,
        languages=(("fr", 0.6), ("en", 0.4)), script=EASTERN_SCRIPT, script_share=0.35,
    ),
    Origin(
        "international", 2, INTERNATIONAL_FEMALE, INTERNATIONAL_MALE, INTERNATIONAL_LAST,
        languages=(("en", 0.75), ("fr", 0.2), ("nl", 0.05)),
    ),
)  # fmt: skip

TOWNS = words("""
    Namur, Jambes, Gembloux, Dinant, Andenne, Ciney, Charleroi, Fleurus, Sambreville, Eghezée,
    Fosses-la-Ville, Profondeville, Floreffe, Wavre, Huy, Liège, Mons, Marche-en-Famenne,
    Rochefort, Philippeville, Couvin, Beauraing, Tamines, Jemeppe-sur-Sambre, La Bruyère""")
PLACES = words("""
    du Marché, de la Gare, de la Meuse, des Sports, du Centre, de la Place, du Pont, de la
    Citadelle, du Confluent, des Remparts, du Moulin, de l'Église""")
STARTUPS = words("""
    Kodiak Labs, Panier Local, Mosaïk Data, Tchantchès Games, Fermes Connectées, Meuse Analytics,
    Bouquinerie.io, Loopa, Citadelle Robotics, GreenByte, Vélocité, Ardenne Drone Services,
    Papote, WalloPay, Circulab, Tartine & Code, Sambr'IA, Kotkot, Hopla Energy, Fritop""")
SCHOOLS = words("""
    Université de Namur, Haute École de Namur, Haute École provinciale de Hainaut,
    Athénée royal de Jambes, Institut Saint-Louis, Collège Notre-Dame de la Paix,
    Institut technique de Namur, École des Arts et Métiers de Charleroi""")

SECTORS = words("""
    commerce de détail, horeca, artisanat, construction, services aux entreprises, santé,
    enseignement, tourisme, agriculture, industrie, culture, associatif, IT/numérique""")

NEEDS: tuple[tuple[str, float], ...] = (
    ("site web", 20), ("réseaux sociaux", 18), ("référencement", 12), ("e-commerce", 10),
    ("publicité en ligne", 8), ("mesure d'audience", 6), ("cybersécurité", 8),
    ("facturation électronique", 9), ("IA générative", 12), ("RGPD", 5),
)  # fmt: skip


@dataclass(frozen=True)
class OrgKind:
    """A kind of organisation: its sector, name patterns and the jobs people hold in it.

    Patterns use ``{name}`` (a family name: the person's own for a family business),
    ``{first}``, ``{town}``, ``{place}`` (``du Marché``), ``{startup}`` and ``{school}``;
    ``{self}`` is a freelancer's own name and ``{none}`` no organisation. A pattern may name its
    typical job after ``|`` (``Pharmacie {name}|Pharmacien/Pharmacienne``); a job may name its
    sector after ``|`` when the kind has none (a freelancer's ``Graphiste|culture``).
    """

    key: str
    weight: float
    sector: str
    patterns: tuple[str, ...]
    jobs: tuple[str, ...]
    domain: str = ".be"


ORG_KINDS: tuple[OrgKind, ...] = (
    OrgKind("shop", 15, "commerce de détail", words("""
        Boulangerie {name}|Boulanger/Boulangère, Boucherie {name}|Boucher/Bouchère,
        Fleuriste {name}|Fleuriste, Librairie {name}|Libraire, Quincaillerie {name},
        Épicerie fine {name}, Boutique {first}, Chaussures {name},
        Optique {name}|Opticien/Opticienne,
        Fromagerie {name}|Fromager/Fromagère, Chocolaterie {name}|Chocolatier/Chocolatière,
        Vélos {name}, Boulangerie-Pâtisserie {name}|Pâtissier/Pâtissière,
        Le Petit Bazar {place}, Magasin bio {place}"""),
        words("""Gérant/Gérante, Vendeur/Vendeuse, Indépendant/Indépendante,
        Commerçant/Commerçante""")),
    OrgKind("horeca", 8, "horeca", words("""
        Friterie {name}, Brasserie {place}, Restaurant {name}|Chef de cuisine/Cheffe de cuisine,
        Café {place}, Taverne {place}, Snack {first}, Pizzeria {first}|Pizzaiolo/Pizzaiola,
        Salon de thé {first}, Traiteur {name}|Traiteur/Traiteuse"""),
        words("Gérant/Gérante, Patron/Patronne, Serveur/Serveuse, Indépendant/Indépendante")),
    OrgKind("craft", 10, "artisanat", words("""
        Menuiserie {name}|Menuisier/Menuisière, Coiffure {first}|Coiffeur/Coiffeuse,
        Garage {name}|Mécanicien/Mécanicienne, Ébénisterie {name}|Ébéniste,
        Atelier céramique {name}|Céramiste, Cordonnerie {name}|Cordonnier/Cordonnière,
        Couture {first}|Couturier/Couturière, Ferronnerie {name}|Ferronnier/Ferronnière,
        Bijouterie {name}|Bijoutier/Bijoutière, Tapisserie {name}|Tapissier/Tapissière,
        Savonnerie {name}, Carrosserie {name}|Carrossier/Carrossière"""),
        words("Artisan/Artisane, Gérant/Gérante, Indépendant/Indépendante, Apprenti/Apprentie")),
    OrgKind("building", 6, "construction", words("""
        Toitures {name}|Couvreur/Couvreuse, Électricité {name}|Électricien/Électricienne,
        Chauffage {name} SRL|Chauffagiste, Construction {name} & Fils,
        Carrelage {name}|Carreleur/Carreleuse, Peinture {name}|Peintre en bâtiment,
        Plomberie {name}|Plombier/Plombière, Châssis {name}"""),
        words("""Gérant/Gérante, Entrepreneur/Entrepreneuse, Responsable administratif/Responsable
        administrative, Conducteur de chantier/Conductrice de chantier""")),
    OrgKind("services", 9, "services aux entreprises", words("""
        Cabinet comptable {name}|Comptable, Fiduciaire {name}|Expert-comptable/Experte-comptable,
        Agence immobilière {name}|Agent immobilier/Agente immobilière,
        {name} & Associés|Avocat/Avocate,
        Bureau d'architecture {name}|Architecte, Transports {name}, Nettoyage {name} SRL,
        Assurances {name}|Courtier/Courtière, Secrétariat social {town}"""),
        words("""Associé/Associée, Assistant administratif/Assistante administrative,
        Gérant/Gérante, Responsable commercial/Responsable commerciale""")),
    OrgKind("health", 5, "santé", words("""
        Pharmacie {name}|Pharmacien/Pharmacienne, Pharmacie {place}|Pharmacien/Pharmacienne,
        Cabinet de kinésithérapie {name}|Kinésithérapeute, Cabinet dentaire {name}|Dentiste,
        Maison médicale de {town}|Médecin généraliste, Ostéopathie {name}|Ostéopathe"""),
        words("""Secrétaire médical/Secrétaire médicale, Assistant/Assistante, Gérant/Gérante,
        Indépendant/Indépendante""")),
    OrgKind("school", 9, "enseignement", words("{school}"),
        words("""Étudiant/Étudiante, Étudiant/Étudiante, Étudiant/Étudiante, Enseignant/Enseignante,
        Directeur/Directrice, Chercheur/Chercheuse""")),
    OrgKind("tourism", 4, "tourisme", words("""
        Gîte {place}, Hôtel {place}|Réceptionniste, Maison du tourisme de {town}|Guide,
        Camping {place}, Kayaks {name}|Moniteur/Monitrice, Chambres d'hôtes {name}"""),
        words("Gérant/Gérante, Responsable accueil, Propriétaire")),
    OrgKind("farm", 4, "agriculture", words("""
        Ferme {name}, Ferme {place}, Chèvrerie {name}|Éleveur/Éleveuse, Vergers {name},
        Domaine viticole {name}|Vigneron/Vigneronne, Maraîchage {name}|Maraîcher/Maraîchère"""),
        words("Agriculteur/Agricultrice, Exploitant/Exploitante")),
    OrgKind("industry", 4, "industrie", words("""
        Ateliers {name} SA, Carrières de {town}, Métallerie {name}, Imprimerie {name}|Imprimeur,
        Brasserie artisanale {name}|Brasseur/Brasseuse, Laiterie de {town}"""),
        words("""Responsable marketing, Directeur commercial/Directrice commerciale, Responsable
        production, Gérant/Gérante""")),
    OrgKind("culture", 3, "culture", words("""
        Théâtre de {town}, Galerie {name}|Galeriste, Centre culturel de {town},
        Studio photo {first}|Photographe, Compagnie {place}|Comédien/Comédienne"""),
        words("""Chargé de communication/Chargée de communication, Artiste,
        Directeur/Directrice""")),
    OrgKind("nonprofit", 6, "associatif", words("""
        ASBL Les Jardins partagés de {town}, ASBL Cyber-Seniors {town}, Maison de jeunes de {town},
        Royal Football Club {town}, ASBL Repair Café {town},
        CPAS de {town}|Assistant social/Assistante sociale, ASBL Lire Ensemble"""),
        words("""Coordinateur/Coordinatrice, Bénévole, Animateur/Animatrice, Chargé de
        projet/Chargée de projet, Président/Présidente""")),
    OrgKind("startup", 7, "IT/numérique", words("{startup}"),
        words("""Fondateur/Fondatrice, CEO, Développeur/Développeuse, Product manager, Responsable
        croissance"""), domain=".io"),
    OrgKind("freelance", 9, "", words("{self}"),
        words("""Graphiste|culture, Photographe|culture, Consultant/Consultante|services aux
        entreprises, Traducteur/Traductrice|services aux entreprises, Développeur
        web/Développeuse web|IT/numérique, Rédacteur/Rédactrice|culture, Architecte
        d'intérieur|construction, Thérapeute|santé, Coach en bien-être|santé""")),
    OrgKind("none", 5, "", words("{none}"),
        words("""Demandeur d'emploi/Demandeuse d'emploi, En reconversion, Porteur de
        projet/Porteuse de projet, Retraité/Retraitée""")),
)  # fmt: skip

WEBMAIL = words("gmail.com, hotmail.com, outlook.be, skynet.be, proximus.be, telenet.be, yahoo.fr")
