import type { MainStrings } from './main-en.ts';
import type { ResultText } from './result-text.ts';

/** What main shows itself, in Brazilian Portuguese. */
export const mainPtBr: MainStrings = {
  menu: {
    settings: 'Configurações…',
    showLogs: 'Mostrar logs',
    toggleSidebar: 'Mostrar ou ocultar barra lateral',
    checkForUpdates: 'Verificar atualizações…',
    upToDate: 'Você tem a versão mais recente.',
    downloading: (version: string) => `A versão ${version} está sendo baixada. Quando estiver pronta, vamos sugerir reiniciar.`,
    ready: (version: string) => `A versão ${version} está pronta. Reinicie para atualizar.`,
    failed: 'Não foi possível verificar atualizações. Tente novamente mais tarde.',
    restart: 'Reiniciar e atualizar',
    later: 'Mais tarde',
  },
  attention: { unread: (count: string) => `${count} não lidas` },
  tray: {
    open: 'Abrir o Bitrix ID',
    unreadHeading: 'Não lidas nos portais',
    unreadPortal: (name: string, count: string) => `${name} (${count})`,
    quit: 'Fechar o Bitrix ID',
    tooltip: 'Bitrix ID',
    tooltipWithUnread: (count: string) => `Bitrix ID: ${count} não lidas`,
  },
  browserResult: {
    title: 'Bitrix ID',
    closeTab: 'Você pode fechar esta aba.',
    signedIn: { heading: 'Você entrou no Bitrix ID', detail: 'Volte ao Bitrix ID Desktop para continuar.' },
    connected: (service: string | null): ResultText => ({
      heading: service ? `${service} está conectado ao seu Bitrix ID` : 'O serviço está conectado ao seu Bitrix ID',
      detail: 'A partir de agora, você pode entrar com ele. Volte ao Bitrix ID Desktop para continuar.',
    }),
    notLinked: (service: string | null): ResultText => ({
      heading: service
        ? `Esta conta ${service} não está vinculada a nenhum Bitrix ID`
        : 'Esta conta não está vinculada a nenhum Bitrix ID',
      detail: 'Ninguém foi conectado. Entre no Bitrix ID Desktop com sua senha e depois conecte o serviço no seu perfil.',
    }),
    linkedElsewhere: (service: string | null): ResultText => ({
      heading: service
        ? `Esta conta ${service} já está vinculada a outro Bitrix ID`
        : 'Esta conta já está vinculada a outro Bitrix ID',
      detail: 'Nada foi alterado. Use-a para entrar nesse outro Bitrix ID ou escolha outra conta.',
    }),
    denied: { heading: 'Cancelado no navegador', detail: 'Nada foi alterado. Volte ao Bitrix ID Desktop.' },
    cancelled: {
      heading: 'O login foi cancelado no Bitrix ID Desktop',
      detail: 'Nada foi alterado. Volte ao Bitrix ID Desktop e, se precisar, comece de novo por lá.',
    },
    timeout: {
      heading: 'Isso demorou demais',
      detail: 'O servidor não respondeu a tempo. Volte ao Bitrix ID Desktop e tente novamente.',
    },
    unfinished: {
      heading: 'O Bitrix ID Desktop ainda não terminou',
      detail: 'Volte ao aplicativo para ver se deu certo.',
    },
    failed: {
      heading: 'Algo deu errado',
      detail: 'O Bitrix ID Desktop não conseguiu concluir. Volte ao aplicativo e tente novamente.',
    },
    secondStep: {
      heading: 'Mais uma etapa no Bitrix ID Desktop',
      detail: 'Sua conta tem autenticação em duas etapas. Volte ao aplicativo e digite o código do seu aplicativo autenticador.',
    },
    foreign: {
      heading: 'Nenhum login está aguardando este link',
      detail: 'Este link não pertence ao login que o Bitrix ID Desktop está aguardando.',
    },
  },
};
